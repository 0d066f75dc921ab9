package be.lokaalcirculair.practice;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Parameters;

import static be.lokaalcirculair.practice.ModerationQueueView.ALL;
import static be.lokaalcirculair.practice.ModerationQueueView.NEWEST;
import static be.lokaalcirculair.practice.ModerationQueueView.OLDEST;
import static be.lokaalcirculair.practice.ModerationQueueView.OPEN;

/**
 * Reads the queue's criteria from the query. A value that is not understood (an unknown
 * state, theme or organisation) is ignored and reported; a malformed or over-long one is
 * a bad request.
 *
 * @param filter the criteria
 * @param state the chosen state's code for the form
 * @param theme the chosen theme's code, or an empty string
 * @param organisation the chosen organisation's slug, or an empty string
 */
record QueueParameters(QueueFilter filter, String state, String theme, String organisation) {

	static QueueParameters read(HttpServletRequest request, long editorId, Organisations organisations,
			List<String> unknown) {
		Set<ModerationState> states = EnumSet.noneOf(ModerationState.class);
		List<String> stateCodes = values(request, ModerationQueueView.STATE);
		Parameters.codes(stateCodes, QueueParameters::states, unknown).forEach(states::addAll);
		List<Theme> themes = Parameters.codes(values(request, ModerationQueueView.THEME), Theme::fromCode, unknown);
		List<Organisation> leads = Parameters.codes(values(request, ModerationQueueView.ORGANISATION),
				organisations::organisation, unknown);
		boolean mine = flag(Parameters.text(request.getParameter(ModerationQueueView.MINE)), unknown);
		String order = Parameters.text(request.getParameter(ModerationQueueView.ORDER));
		if (order != null && !order.equals(OLDEST) && !order.equals(NEWEST)) {
			unknown.add(order);
		}
		QueueFilter filter = new QueueFilter(states, Set.copyOf(themes), leads.isEmpty() ? null : leads.get(0).getId(),
				mine ? editorId : null, NEWEST.equals(order));
		String state = (states.size() == QueueFilter.LISTED.size()) ? ALL
				: (states.size() == 1) ? states.iterator().next().code() : OPEN;
		return new QueueParameters(filter, state, themes.isEmpty() ? "" : themes.get(0).code(),
				leads.isEmpty() ? "" : leads.get(0).getSlug());
	}

	private static Optional<Set<ModerationState>> states(String code) {
		if (code.equals(OPEN)) {
			return Optional.of(Set.of());
		}
		if (code.equals(ALL)) {
			return Optional.of(EnumSet.copyOf(QueueFilter.LISTED));
		}
		return ModerationState.fromCode(code).filter(QueueFilter.LISTED::contains).map(EnumSet::of);
	}

	private static boolean flag(String value, List<String> unknown) {
		if (value != null && !value.equals(ModerationQueueView.YES)) {
			unknown.add(value);
		}
		return ModerationQueueView.YES.equals(value);
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? List.of(values) : List.of();
	}

}
