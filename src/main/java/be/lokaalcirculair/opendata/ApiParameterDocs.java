package be.lokaalcirculair.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.MessageSource;

import be.lokaalcirculair.network.EventType;
import be.lokaalcirculair.network.Track;
import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.PopulationClass;
import be.lokaalcirculair.organisation.Region;
import be.lokaalcirculair.search.Facet;
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.SearchOrder;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Documents the query parameters the controllers read from their parameter map, from the
 * same definitions the code checks them against (facets and their vocabularies), and the
 * files and columns of the exports.
 */
class ApiParameterDocs implements OpenApiCustomizer {

	private final MessageSource messages;

	ApiParameterDocs(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach((item) -> {
			Operation get = item.getGet();
			if (get != null && get.getOperationId() != null) {
				document(get);
			}
		});
	}

	private void document(Operation operation) {
		switch (operation.getOperationId()) {
			case "searchPractices" -> practiceParameters(operation, true);
			case "exportPracticesCsv" ->
				export(practiceParameters(operation, false), ExportFormat.CSV, PracticeRow.TABLE, PracticeRow.COLUMNS);
			case "exportPracticesXlsx" ->
				export(practiceParameters(operation, false), ExportFormat.XLSX, PracticeRow.TABLE, PracticeRow.COLUMNS);
			case "listOrganisations" -> organisationParameters(operation, true);
			case "exportOrganisationsCsv" -> export(organisationParameters(operation, false), ExportFormat.CSV,
					OrganisationRow.TABLE, OrganisationRow.COLUMNS);
			case "exportOrganisationsXlsx" -> export(organisationParameters(operation, false), ExportFormat.XLSX,
					OrganisationRow.TABLE, OrganisationRow.COLUMNS);
			case "listEvents" -> eventParameters(operation, true);
			case "exportEventsCsv" ->
				export(eventParameters(operation, false), ExportFormat.CSV, EventRow.TABLE, EventRow.COLUMNS);
			case "exportEventsXlsx" ->
				export(eventParameters(operation, false), ExportFormat.XLSX, EventRow.TABLE, EventRow.COLUMNS);
			default -> {
			}
		}
	}

	private Operation practiceParameters(Operation operation, boolean paged) {
		add(operation, PracticeQueries.TEXT, "words to search for (Dutch analysis: compounds, stems, synonyms)",
				new StringSchema().maxLength(ApiParameters.MAX_LENGTH));
		add(operation, PracticeQueries.SORT, "order; default relevantie with q, nieuw without",
				new StringSchema()._enum(Arrays.stream(SearchOrder.values()).map(SearchOrder::code).toList()));
		add(operation, PracticeQueries.NEAR, "NIS code of a municipality: only fiches within radiusKm of it",
				nisCode());
		add(operation, PracticeQueries.RADIUS, "distance for near, in km",
				new IntegerSchema().minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(PracticeQuery.MAX_RADIUS_KM))
					._default(PracticeQuery.DEFAULT_RADIUS_KM));
		for (Facet facet : Facet.values()) {
			operation.addParametersItem(new Parameter().in("query")
				.name(facet.apiParameter())
				.description("facet " + facet.apiParameter() + "; repeat for several values (OR); facets combine (AND)")
				.schema(new ArraySchema().items(values(facet)))
				.explode(true));
		}
		if (paged) {
			paging(operation, PracticeQueries.DEFAULT_SIZE, be.lokaalcirculair.practice.PracticeCatalog.MAX_PAGE_SIZE);
		}
		return operation;
	}

	private Operation organisationParameters(Operation operation, boolean paged) {
		add(operation, OrganisationQueries.TYPE, "organisation type", terms(OrganisationType.values()));
		add(operation, OrganisationQueries.REGION, "region",
				new StringSchema()._enum(Arrays.stream(Region.values()).map(Region::code).toList()));
		add(operation, OrganisationQueries.PROVINCE, "NIS code of a province, e.g. 40000", nisCode());
		add(operation, OrganisationQueries.NAME, "part of the name",
				new StringSchema().maxLength(ApiParameters.MAX_LENGTH));
		if (paged) {
			paging(operation, OrganisationQueries.DEFAULT_SIZE, OrganisationQueries.MAX_SIZE);
		}
		return operation;
	}

	private Operation eventParameters(Operation operation, boolean paged) {
		add(operation, EventQueries.TYPE, "event type", terms(EventType.values()));
		add(operation, EventQueries.TRACK, "for whom: starters, advanced or everyone", terms(Track.values()));
		add(operation, EventQueries.THEME, "theme", terms(Theme.values()));
		add(operation, EventQueries.PROVINCE, "NIS code of a province, e.g. 40000", nisCode());
		add(operation, EventQueries.WHEN,
				"upcoming (not yet ended), past (ended) or all; default upcoming, or all when month, from or to is given",
				new StringSchema()._enum(EventQueries.whenValues()));
		add(operation, EventQueries.MONTH, "only events that start in this month (Belgian time)",
				new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2026-10"));
		add(operation, EventQueries.FROM, "only events that start on or after this day (Belgian time)",
				new StringSchema().format("date"));
		add(operation, EventQueries.TO, "only events that start on or before this day (Belgian time)",
				new StringSchema().format("date"));
		if (paged) {
			paging(operation, EventQueries.DEFAULT_SIZE, EventQueries.MAX_SIZE);
		}
		return operation;
	}

	private void export(Operation operation, ExportFormat format, String table,
			List<? extends ExportColumn<?>> columns) {
		StringBuilder text = new StringBuilder((format == ExportFormat.CSV)
				? "RFC 4180: comma-separated, CRLF, a header row; UTF-8 with a byte order mark (for Excel). "
				: "One sheet with a header row; numbers as number cells, everything else as text. ");
		text.append("No personal data (fiches only when published). A text cell that begins with = + - @, tab or CR "
				+ "begins with an apostrophe (formula neutralisation). Lists of codes are separated by ';', lists of "
				+ "texts have one item per line. Columns (more may be added at the end, none is renamed):\n\n");
		for (ExportColumn<?> column : columns) {
			text.append("- `")
				.append(column.name())
				.append("` (")
				.append(message(column.kind().messageKey()))
				.append("): ")
				.append(message(column.messageKey(table)))
				.append('\n');
		}
		operation.setDescription(text.toString());
		Schema<?> file = (format == ExportFormat.CSV) ? new StringSchema() : new StringSchema().format("binary");
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		responses.addApiResponse("200",
				new ApiResponse().description("The file, as an attachment")
					.content(new Content().addMediaType(
							(format == ExportFormat.CSV) ? ExportFormat.CSV_TYPE : ExportFormat.XLSX_TYPE,
							new MediaType().schema(file))));
	}

	private static void paging(Operation operation, int defaultSize, int maxSize) {
		add(operation, "page", "page number, from 1",
				new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1));
		add(operation, "size", "page size",
				new IntegerSchema().minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(maxSize))
					._default(defaultSize));
	}

	private static void add(Operation operation, String name, String description, Schema<?> schema) {
		operation.addParametersItem(new Parameter().in("query").name(name).description(description).schema(schema));
	}

	/** The values a facet accepts, as the search checks them. */
	private static Schema<?> values(Facet facet) {
		return switch (facet) {
			case THEME -> terms(Theme.values());
			case STRATEGY -> terms(Strategy.values());
			case LEVER -> terms(Lever.values());
			case POPULATION_CLASS -> terms(PopulationClass.values());
			case ORGANISATION_TYPE -> terms(OrganisationType.values());
			case STATUS -> terms(PracticeStatus.values());
			case TARGET_GROUP -> terms(TargetGroup.values());
			case SDG -> new StringSchema()._enum(IntStream.rangeClosed(1, 17).mapToObj(String::valueOf).toList());
			case START_YEAR -> new StringSchema().pattern("^(19|20)\\d{2}$");
			case PROVINCE, MUNICIPALITY -> nisCode();
		};
	}

	private static Schema<?> terms(Term[] terms) {
		return new StringSchema()._enum(Arrays.stream(terms).map(Term::code).toList());
	}

	private static Schema<?> nisCode() {
		return new StringSchema().pattern("^\\d{5}$");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
