package app.tempo.platform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionalPutTest {

    /** A resource with an owner, a value and a version, like every aggregate a client PUTs. */
    static final class Note {
        final String owner;
        String text;
        long version = 1;
        boolean deleted;

        Note(String owner, String text) {
            this.owner = owner;
            this.text = text;
        }
    }

    private static WriteOutcome<Note> put(Optional<Note> existing, String caller, String text, Long ifMatch) {
        return new ConditionalPut<Note>(note -> note.owner.equals(caller), note -> note.text.equals(text), note -> note.version,
                note -> note.deleted)
                .apply(existing, ifMatch, () -> new Note(caller, text), note -> {
                    note.text = text;
                    note.version++;
                });
    }

    @Test
    void absentIsCreatedUnlessAVersionWasExpected() {
        assertEquals(WriteOutcome.Kind.CREATED, put(Optional.empty(), "alice", "a", null).kind());
        assertEquals(WriteOutcome.Kind.NOT_FOUND, put(Optional.empty(), "alice", "a", 1L).kind());
    }

    @Test
    void repeatingTheCurrentStateChangesNothingWhateverTheIfMatch() {
        Note note = new Note("alice", "a");
        assertEquals(WriteOutcome.Kind.UNCHANGED, put(Optional.of(note), "alice", "a", null).kind());
        assertEquals(WriteOutcome.Kind.UNCHANGED, put(Optional.of(note), "alice", "a", 99L).kind());
        assertEquals(1, note.version);
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        Note note = new Note("alice", "a");
        assertEquals(WriteOutcome.Kind.PRECONDITION_REQUIRED, put(Optional.of(note), "alice", "b", null).kind());
        assertEquals(WriteOutcome.Kind.STALE, put(Optional.of(note), "alice", "b", 0L).kind());
        WriteOutcome<Note> changed = put(Optional.of(note), "alice", "b", 1L);
        assertEquals(WriteOutcome.Kind.CHANGED, changed.kind());
        assertSame(note, changed.resource());
        assertEquals("b", note.text);
    }

    @Test
    void someoneElsesResourceDoesNotExist() {
        Note note = new Note("alice", "a");
        assertEquals(WriteOutcome.Kind.NOT_FOUND, put(Optional.of(note), "bob", "a", null).kind());
        assertEquals(WriteOutcome.Kind.NOT_FOUND, put(Optional.of(note), "bob", "b", 1L).kind());
    }

    @Test
    void aDeletedResourceStaysDeletedWhateverIsReplayed() {
        Note note = new Note("alice", "a");
        note.deleted = true;
        assertEquals(WriteOutcome.Kind.GONE, put(Optional.of(note), "alice", "a", null).kind());
        assertEquals(WriteOutcome.Kind.GONE, put(Optional.of(note), "alice", "b", 1L).kind());
        assertEquals(WriteOutcome.Kind.NOT_FOUND, put(Optional.of(note), "bob", "a", null).kind());
    }

    @Test
    void aDeleteSucceedsAgainAndOnWhatIsMissingOrSomeoneElsesWithoutTouchingIt() {
        Note note = new Note("alice", "a");
        assertEquals(WriteOutcome.Kind.DELETED, delete(Optional.empty(), "alice", null).kind());
        assertEquals(WriteOutcome.Kind.DELETED, delete(Optional.of(note), "bob", null).kind());
        assertEquals(false, note.deleted, "bob's delete touched nothing");
        assertEquals(WriteOutcome.Kind.STALE, delete(Optional.of(note), "alice", 0L).kind());
        assertEquals(WriteOutcome.Kind.DELETED, delete(Optional.of(note), "alice", 1L).kind());
        assertEquals(true, note.deleted);
        long version = note.version;
        assertEquals(WriteOutcome.Kind.DELETED, delete(Optional.of(note), "alice", 1L).kind(), "a replayed delete, even stale, succeeds");
        assertEquals(version, note.version);
    }

    private static WriteOutcome<Note> delete(Optional<Note> existing, String caller, Long ifMatch) {
        return new ConditionalDelete<Note>(note -> note.owner.equals(caller), note -> note.deleted, note -> note.version)
                .apply(existing, ifMatch, note -> {
                    note.deleted = true;
                    note.version++;
                });
    }
}
