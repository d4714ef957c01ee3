/**
 * Following a skill: the Follow button on a skill's card, and who follows what. The digest's
 * scheduler tells each follower once a week, privately, which followed skills changed.
 */
package dev.skillbot.digest.follow;
