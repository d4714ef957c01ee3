-- The version (Slack's view hash) of the App Home view last published to a person, shared by every replica: each
-- publish names the view it replaces, and Slack refuses it (hash_conflict) when another replica has published since,
-- so a view drawn before a change (a forget) never replaces one drawn after it. A stale version only costs a refusal
-- and a redraw; a missing one would publish unguarded. The row names the person and when: "me forget" deletes it,
-- "me export" lists it. Runs on H2 and PostgreSQL.
create table home_view (
    platform     varchar(16)  not null,
    user_id      varchar(128) not null,
    version      varchar(255) not null,
    published_at timestamp with time zone not null,
    primary key (platform, user_id)
);
