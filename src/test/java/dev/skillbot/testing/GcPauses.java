package dev.skillbot.testing;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses while a load run's phase runs, from the JVM's own GC notifications: how
 * many, their total and the longest. A request that meets a pause waits for it, so these explain a
 * phase's tail. Concurrent cycles (G1's marking) are not pauses and are left out.
 */
public final class GcPauses implements AutoCloseable {

    private final List<Long> millis = new CopyOnWriteArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (!info.getGcName().contains("Concurrent")) {
                millis.add(info.getGcInfo().getDuration());
            }
        }
    };

    private GcPauses() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) bean).addNotificationListener(listener, null, null);
        }
    }

    /** Starts counting pauses; close to stop. */
    public static GcPauses count() {
        return new GcPauses();
    }

    /** {@code count 12, total 80 ms, longest 9 ms}. */
    public String summary() {
        long total = millis.stream().mapToLong(Long::longValue).sum();
        long longest = millis.stream().mapToLong(Long::longValue).max().orElse(0);
        return String.format(Locale.ROOT, "count %d, total %d ms, longest %d ms", millis.size(), total, longest);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) bean).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added to this collector
            }
        }
    }
}
