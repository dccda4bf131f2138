/**
 * Recorded data of a training: the samples each participant's devices recorded, what they amount to (the result
 * summary) and the calories they cost.
 */
package app.tempo.training.domain.model.recording;
