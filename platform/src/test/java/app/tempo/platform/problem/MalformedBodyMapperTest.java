package app.tempo.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class MalformedBodyMapperTest {

    @Test
    void theFieldIsTakenFromTheBindersMessage() {
        JsonbException yasson = new JsonbException("Unable to deserialize property 'plannedDurationMinutes' because of: "
                + "Error deserialize JSON value into type: class java.lang.Integer.", new NumberFormatException("ten"));
        assertEquals("plannedDurationMinutes", MalformedBodyMapper.fieldNamedIn(yasson));
        Problem problem = MalformedBodyMapper.problemFor(yasson);
        assertEquals(400, problem.status());
        assertEquals("plannedDurationMinutes", problem.errors().get(0).field());
    }

    @Test
    void withoutAFieldTheProblemSaysTheBodyIsNotJson() {
        assertNull(MalformedBodyMapper.fieldNamedIn(new JsonbException("Unexpected char 125 at (line no=1, column no=15)")));
        assertNull(MalformedBodyMapper.problemFor(new JsonbException("Invalid token")).errors());
    }
}
