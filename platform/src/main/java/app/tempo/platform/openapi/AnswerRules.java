package app.tempo.platform.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers an operation can give by the platform's conventions (README, "API"): what decides them is the method
 * and what the operation takes, not the domain — the same rules every resource follows.
 */
final class AnswerRules {

    /** What an operation takes: a path parameter (an id), query or header parameters, a request body. */
    record Inputs(boolean pathParameter, boolean otherParameters, boolean body) {
    }

    private AnswerRules() {
    }

    /** PUT creates with the client's id (201) or replaces (200); POST creates (201) or answers a replay (200). */
    static List<Integer> successes(String method) {
        return switch (method) {
            case "PUT", "POST" -> List.of(200, 201);
            case "DELETE" -> List.of(204);
            default -> List.of(200);
        };
    }

    static String successDescription(int status) {
        return switch (status) {
            case 201 -> "Created";
            case 204 -> "Done; nothing to return";
            default -> "OK";
        };
    }

    static List<Integer> errors(String method, Inputs inputs) {
        List<Integer> errors = new ArrayList<>(List.of(401, 403, 406, 429, 500, 503));
        if (inputs.pathParameter() || inputs.otherParameters() || inputs.body()) {
            errors.add(400);
        }
        if (inputs.pathParameter()) {
            errors.addAll(List.of(404, 410));
        } else if (inputs.otherParameters()) {
            errors.add(410); // a sync cursor past the horizon
        }
        if (inputs.body()) {
            errors.addAll(List.of(413, 415, 422));
        }
        if (!method.equals("GET")) {
            errors.add(409);
        }
        if (method.equals("PUT") || method.equals("DELETE")) {
            errors.addAll(List.of(412, 428));
        }
        return errors.stream().sorted().toList();
    }
}
