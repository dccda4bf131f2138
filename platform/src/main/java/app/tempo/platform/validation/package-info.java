/**
 * Constraints for request bodies. Enum and UUID values are bound as text and validated here, because the JSON
 * binder does not say which field held a bad enum name or id, and clients need the field named.
 */
package app.tempo.platform.validation;
