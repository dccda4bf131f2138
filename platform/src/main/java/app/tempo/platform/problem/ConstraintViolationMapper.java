package app.tempo.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request input: 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return ProblemResponses.of(Problem.of(ProblemType.INVALID_REQUEST, detail).withErrors(errors));
    }

    /**
     * Names the field as the client sent it: "put.request.result.distanceMeters" is "result.distanceMeters" (a body
     * field), "page.limit" is "limit" (a query or path parameter).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT -> append(field, node);
                case PARAMETER -> {
                    parameter = node.getName();
                    field.setLength(0);
                }
                default -> { }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.getName() == null || node.getName().startsWith("<")) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            return;
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(node.getName());
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        }
    }
}
