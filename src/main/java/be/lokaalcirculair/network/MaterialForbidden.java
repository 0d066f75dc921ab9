package be.lokaalcirculair.network;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Material for participants only, asked for by someone else: 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class MaterialForbidden extends RuntimeException {

	MaterialForbidden() {
		super("participants only", null, false, false);
	}

}
