package be.lokaalcirculair.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The request to join a level on request: why the organisation wants to. Binds only this
 * field, so nothing else can be slipped in.
 *
 * @param motivation what the organisation wants to deepen
 */
public record LevelRequestForm(@NotBlank(message = "{form.required}") @Size(max = LevelRequest.MOTIVATION_MAX,
		message = "{form.too-long}") String motivation) {
}
