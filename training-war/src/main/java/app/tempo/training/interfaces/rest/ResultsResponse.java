package app.tempo.training.interfaces.rest;

import app.tempo.training.application.RecordingService;
import app.tempo.training.domain.model.training.Sport;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A training's results table, ranked by its sport's metric (first is rank 1). Calories are on the reader's own line
 * only: with the sport's MET value and the moving time they would give away another participant's body weight.
 */
public record ResultsResponse(UUID trainingId, Sport sport, Sport.RankedBy rankedBy, List<ResultView> results) {

    static ResultsResponse of(RecordingService.Table table) {
        Sport sport = table.training().plan().sport();
        return new ResultsResponse(table.training().id(), sport, sport.rankedBy(), IntStream.range(0, table.ranked().size())
                .mapToObj(index -> ResultView.of(table.ranked().get(index), index + 1, table.viewer())).toList());
    }
}
