package dev.skillbot.discord.fake;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST request the fake Discord received: method, path below {@code /api/v10/}, query and body. */
public record Recorded(String method, String path, String query, String body) {

    public DataObject json() {
        return DataObject.fromJson(body);
    }

    public DataArray array() {
        return DataArray.fromJson(body);
    }

    public boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    /** For an interaction callback: the response type (4 reply, 5 deferred reply, 6 deferred edit, 7 edit, 8 choices). */
    public int callbackType() {
        return json().getInt("type");
    }

    /** For an interaction callback: its message data. */
    public DataObject data() {
        return json().getObject("data");
    }
}
