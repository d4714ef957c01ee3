# syntax=docker/dockerfile:1
#
# Skillbot's container image: docker build -t skillbot .   (see docs/deploy.md)
# Build stage: the Maven wrapper on a JDK, then Spring Boot's layered jar split into directories.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# The cache mount keeps the wrapper's Maven and the local repository between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 ./mvnw package -DskipTests
# One directory per layer (dependencies, spring-boot-loader, snapshot-dependencies, application):
# an unpacked skillbot.jar whose manifest names lib/*.jar, the layout the AOT cache below needs.
RUN java -Djarmode=tools -jar target/skillbot.jar extract --layers --destination /build/extracted

# Run stage: a JRE only, a fixed non-root user, the layers from least to most often changed.
FROM eclipse-temurin:25-jre
RUN groupadd --gid 10001 skillbot \
 && useradd --no-log-init --uid 10001 --gid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin skillbot \
 && mkdir -p /app/data \
 && chown 10001:10001 /app/data
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# The bundled catalog; files stay owned by root, so the process can read but not change them.
COPY skills-data/ skills-data/
# No secrets here: tokens and passwords come from the environment at run time.
# About 250 MiB of the process is not heap (measured), hence 60 % of the container's memory for the heap.
# The native heap is trimmed every 5 s, returning start-up's freed malloc memory (~10-30 MiB) to the OS.
ENV SKILLBOT_CATALOG_DIR=/app/skills-data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=5000"
# Training run for the JDK's AOT cache (JEP 483/515): start the application until its context is
# refreshed, then exit, keeping the loaded and linked classes and method profiles. It roughly halves
# start-up (docs/performance.md). The in-memory database keeps the training run's data out of the image.
RUN java -XX:AOTCacheOutput=skillbot.aot -Dspring.context.exit=onRefresh -jar skillbot.jar \
        --spring.datasource.url=jdbc:h2:mem:training --logging.level.root=WARN
USER 10001:10001
# 8080: Slack and webhooks (PORT); 8081: the actuator (MANAGEMENT_SERVER_PORT), for probes and metrics only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:AOTCache=skillbot.aot", "-jar", "skillbot.jar"]
