package be.lokaalcirculair.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One entry of one of a fiche's lists of short texts.
 *
 * @param kind which list
 * @param position the place in that list, from 0
 * @param content the text
 */
@Embeddable
record TextItem(@Enumerated(EnumType.STRING) @Column(length = 20) Kind kind, int position, String content) {

	enum Kind {

		PARTNER, FUNDING, SUCCESS_FACTOR, OBSTACLE, LESSON, STEP

	}

}
