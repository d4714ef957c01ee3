/**
 * "Me": the asker's role and level, their promotion checklist and their self-assessment, private
 * by default. The core of the feature, behind ports ({@link dev.skillbot.me.Profiles},
 * {@link dev.skillbot.me.SelfMarks}, {@link dev.skillbot.me.Shares}, {@link dev.skillbot.me.PersonalData});
 * the chat adapters only translate, and the command handler reaches it through
 * {@link dev.skillbot.command.PersonalCommands}. The framework stays in Git; only personal marks are stored.
 */
package dev.skillbot.me;
