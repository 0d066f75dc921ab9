package be.lokaalcirculair.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.MunicipalityMap;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.text.RichText;

/**
 * Puts together what the page of a fiche shows, for the public page and for its author's
 * preview.
 */
@Component
class PracticeViews {

	private final Organisations organisations;

	private final MunicipalityMap map;

	private final PracticeImageRepository images;

	private final PracticeAttachmentRepository attachments;

	private final PracticeCards cards;

	private final SimilarPractices similar;

	PracticeViews(Organisations organisations, MunicipalityMap map, PracticeImageRepository images,
			PracticeAttachmentRepository attachments, PracticeCards cards, SimilarPractices similar) {
		this.organisations = organisations;
		this.map = map;
		this.images = images;
		this.attachments = attachments;
		this.cards = cards;
		this.similar = similar;
	}

	/**
	 * The page of a fiche.
	 * @param practice the fiche, with its collections loaded
	 * @param reader who reads it, or {@code null} for a visitor (who never sees the
	 * contact person)
	 * @param withRelated whether to look for related fiches
	 */
	PracticeView of(Practice practice, AccountPrincipal reader, boolean withRelated) {
		List<Municipality> municipalities = this.organisations.municipalities(practice.getMunicipalities());
		Set<String> codes = new HashSet<>();
		municipalities.forEach((municipality) -> codes.add(municipality.getNisCode()));
		boolean showContact = reader != null
				&& (reader.organisationId() != null || reader.isEditor() || reader.role().name().equals("ADVISER"));
		return new PracticeView(practice, RichText.toHtml(practice.getDescription()),
				this.organisations.organisation(practice.getLeadOrganisationId()).orElse(null), municipalities,
				this.map.outlines(codes), this.images.findInfoByPracticeId(practice.getId()),
				this.attachments.findInfoByPracticeId(practice.getId()),
				withRelated ? this.cards.of(this.similar.similarTo(practice, 4)) : List.of(), showContact);
	}

}
