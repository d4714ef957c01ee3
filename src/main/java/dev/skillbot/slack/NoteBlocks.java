package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.List;

/**
 * Short texts for one person: a refusal, a confirmation, a decision's notice. One escaped
 * section, not a card, so a long reason is not cut to a header's 150 characters.
 */
final class NoteBlocks {

    private NoteBlocks() {}

    static String text(String raw) {
        return SlackText.fit(raw, SlackCardRenderer.SECTION_MAX, SlackText.ELLIPSIS);
    }

    static List<LayoutBlock> blocks(String raw) {
        return List.of(
                SectionBlock.builder().text(SlackText.markdown(text(raw))).build());
    }

    /** Shown to the clicker only, below the message clicked on, which stays as it was. */
    static ActionResponse privately(String raw) {
        return ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(false)
                .text(text(raw))
                .blocks(blocks(raw))
                .build();
    }
}
