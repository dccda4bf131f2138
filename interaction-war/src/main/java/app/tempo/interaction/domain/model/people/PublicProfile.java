package app.tempo.interaction.domain.model.people;

import java.util.List;

/** What an athlete made public: nickname, avatar, sports, and who may find them (PUBLIC, FRIENDS or PRIVATE). */
public record PublicProfile(String subject, String nickname, String avatarUrl, List<String> sports, String visibility) {
}
