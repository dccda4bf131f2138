package app.tempo.training.domain.model.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.training.domain.model.training.Sport;
import org.junit.jupiter.api.Test;

class CaloriesTest {

    @Test
    void metTimesWeightTimesHours() {
        assertEquals(560, Calories.of(Sport.RUN, 70, 3600).orElseThrow(), 1e-9, "running 8.0 MET, 70 kg, 1 h");
        assertEquals(245, Calories.of(Sport.RIDE, 70, 1800).orElseThrow(), 1e-9, "bicycling 7.0 MET, 70 kg, 30 min");
        assertTrue(Calories.of(Sport.OTHER, 70, 3600).isEmpty(), "no MET value, no guess");
    }

    @Test
    void aResultThatGrewKeepsItsCaloriesPerHourWithoutTheWeight() {
        double hour = Calories.of(Sport.RUN, 82.5, 3600).orElseThrow();
        assertEquals(Calories.of(Sport.RUN, 82.5, 5400).orElseThrow(), Calories.rescaled(hour, 3600, 5400), 1e-9);
        assertNull(Calories.rescaled(null, 3600, 5400));
        assertNull(Calories.rescaled(100.0, 0, 5400));
    }

    @Test
    void anImpossibleWeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Calories.of(Sport.RUN, 5, 3600));
        assertThrows(IllegalArgumentException.class, () -> Calories.of(Sport.RUN, Double.NaN, 3600));
    }
}
