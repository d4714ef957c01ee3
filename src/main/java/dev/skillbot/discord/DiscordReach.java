package dev.skillbot.discord;

import java.io.IOException;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Asks Discord for the bot's gateway ({@code GET gateway/bot}) before JDA logs in: it checks the token and gives the
 * recommended shard count, as JDA's own first request does, but says in one line why it failed instead of JDA's
 * logged stack trace and start-up failure.
 */
final class DiscordReach {

    /** What the question found. */
    sealed interface Reach {}

    /** Discord answered: the token is good and recommends this many shards. */
    record Reached(int shards) implements Reach {}

    /** Discord refused the token. */
    record Refused(int status) implements Reach {}

    /** No answer, or not a usable one; {@code why} names the failure, never the token. */
    record Unreachable(String why) implements Reach {}

    private final OkHttpClient client;
    private final String baseUrl;
    private final String token;

    DiscordReach(OkHttpClient client, String apiUrl, String token) {
        this.client = client;
        this.baseUrl = apiUrl == null || apiUrl.isBlank() ? RestConfig.DEFAULT_BASE_URL : apiUrl;
        this.token = token;
    }

    Reach ask() {
        Request request = new Request.Builder()
                .get()
                .url(baseUrl + "gateway/bot")
                .header("Authorization", "Bot " + token)
                .header("User-Agent", RestConfig.USER_AGENT)
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() == 401) {
                return new Refused(response.code());
            }
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                return new Unreachable("HTTP " + response.code());
            }
            return new Reached(DataObject.fromJson(body.byteStream()).getInt("shards", 1));
        } catch (IOException e) {
            return new Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a body that is no JSON, or no number where the shard count should be (a proxy's error page)
            return new Unreachable(
                    "an answer that is not Discord's (" + e.getClass().getSimpleName() + ")");
        }
    }
}
