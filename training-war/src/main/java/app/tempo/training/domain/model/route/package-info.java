/** A training's route: its points and what they amount to (distance, climbing, bounding box). */
package app.tempo.training.domain.model.route;
