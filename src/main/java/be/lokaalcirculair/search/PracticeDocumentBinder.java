package be.lokaalcirculair.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.shared.taxonomy.Sdg;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.shared.web.Languages;

import static be.lokaalcirculair.search.PracticeFields.*;

/**
 * Builds a fiche's search document: its text in the analyzer of its language, the names
 * of its places and the labels of its terms as searchable text, and the keyword fields
 * the facets count. Places are resolved through the organisation module, so a fiche filed
 * under a pre-2025 municipality counts for the merged one and its province.
 */
@Component
class PracticeDocumentBinder implements TypeBinder {

	private final ObjectProvider<Organisations> organisations;

	private final ObjectProvider<MessageSource> messages;

	PracticeDocumentBinder(ObjectProvider<Organisations> organisations, ObjectProvider<MessageSource> messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("title")
			.use("summary")
			.use("description")
			.use("language")
			.use("leadOrganisationId")
			.use("municipalities")
			.use("themes")
			.use("strategies")
			.use("levers")
			.use("sdgs")
			.use("status")
			.use("targetGroup")
			.use("startDate")
			.use("textItems")
			.use("results")
			.use("testimony")
			.use("latitude")
			.use("longitude")
			.use("publishedAt")
			.use("updatedAt");
		context.bridge(Practice.class,
				new Bridge(new Schema(context.indexSchemaElement()), this.organisations, this.messages));
	}

	/** References to the fields, declared once at start-up. */
	static final class Schema {

		final IndexFieldReference<String> titleNl, summaryNl, bodyNl, titleEn, summaryEn, bodyEn, places, labels,
				spelling, titlePrefix, titleSort;

		final IndexFieldReference<String> theme, strategy, lever, sdg, province, municipality, populationClass,
				organisationType, status, targetGroup, language;

		final IndexFieldReference<Integer> startYear;

		final IndexFieldReference<Instant> publishedAt, updatedAt;

		final IndexFieldReference<GeoPoint> location;

		Schema(IndexSchemaElement schema) {
			this.titleNl = text(schema, TITLE_NL, DutchAnalysis.DUTCH, DutchAnalysis.DUTCH_QUERY);
			this.summaryNl = text(schema, SUMMARY_NL, DutchAnalysis.DUTCH, DutchAnalysis.DUTCH_QUERY);
			this.bodyNl = body(schema, BODY_NL, DutchAnalysis.DUTCH, DutchAnalysis.DUTCH_QUERY);
			this.titleEn = text(schema, TITLE_EN, DutchAnalysis.ENGLISH, DutchAnalysis.ENGLISH_QUERY);
			this.summaryEn = text(schema, SUMMARY_EN, DutchAnalysis.ENGLISH, DutchAnalysis.ENGLISH_QUERY);
			this.bodyEn = body(schema, BODY_EN, DutchAnalysis.ENGLISH, DutchAnalysis.ENGLISH_QUERY);
			this.places = schema.field(PLACES, (f) -> f.asString().analyzer(DutchAnalysis.PLAIN)).toReference();
			this.labels = schema
				.field(LABELS,
						(f) -> f.asString().analyzer(DutchAnalysis.DUTCH).searchAnalyzer(DutchAnalysis.DUTCH_QUERY))
				.multiValued()
				.toReference();
			this.spelling = schema.field(SPELLING, (f) -> f.asString().analyzer(DutchAnalysis.PLAIN)).toReference();
			this.titlePrefix = schema
				.field(TITLE_PREFIX,
						(f) -> f.asString().analyzer(DutchAnalysis.PREFIX).searchAnalyzer(DutchAnalysis.PREFIX_QUERY))
				.toReference();
			this.titleSort = schema
				.field(TITLE_SORT, (f) -> f.asString().normalizer(DutchAnalysis.SORT).sortable(Sortable.YES))
				.toReference();
			this.theme = keyword(schema, THEME);
			this.strategy = keyword(schema, STRATEGY);
			this.lever = keyword(schema, LEVER);
			this.sdg = keyword(schema, SDG);
			this.province = keyword(schema, PROVINCE);
			this.municipality = keyword(schema, MUNICIPALITY);
			this.populationClass = keyword(schema, POPULATION_CLASS);
			this.organisationType = keyword(schema, ORGANISATION_TYPE);
			this.status = keyword(schema, STATUS);
			this.targetGroup = keyword(schema, TARGET_GROUP);
			this.language = keyword(schema, LANGUAGE);
			this.startYear = schema.field(START_YEAR, (f) -> f.asInteger().aggregable(Aggregable.YES)).toReference();
			this.publishedAt = schema
				.field(PUBLISHED_AT, (f) -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
				.toReference();
			this.updatedAt = schema
				.field(UPDATED_AT, (f) -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
				.toReference();
			this.location = schema.field(LOCATION, (f) -> f.asGeoPoint()).toReference();
		}

		private static IndexFieldReference<String> text(IndexSchemaElement schema, String name, String analyzer,
				String searchAnalyzer) {
			return schema
				.field(name,
						(f) -> f.asString()
							.analyzer(analyzer)
							.searchAnalyzer(searchAnalyzer)
							.projectable(Projectable.YES)
							.highlightable(List.of(Highlightable.ANY))
							.termVector(TermVector.WITH_POSITIONS_OFFSETS))
				.toReference();
		}

		/**
		 * The long text: searched only, never shown from the index nor highlighted, so
		 * neither stored nor with term vectors (they made up much of the indexing cost).
		 */
		private static IndexFieldReference<String> body(IndexSchemaElement schema, String name, String analyzer,
				String searchAnalyzer) {
			return schema.field(name, (f) -> f.asString().analyzer(analyzer).searchAnalyzer(searchAnalyzer))
				.toReference();
		}

		private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
			return schema.field(name, (f) -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
		}

	}

	static final class Bridge implements TypeBridge<Practice> {

		private final Schema schema;

		private final ObjectProvider<Organisations> organisations;

		private final ObjectProvider<MessageSource> messages;

		Bridge(Schema schema, ObjectProvider<Organisations> organisations, ObjectProvider<MessageSource> messages) {
			this.schema = schema;
			this.organisations = organisations;
			this.messages = messages;
		}

		@Override
		public void write(DocumentElement document, Practice practice, TypeBridgeWriteContext context) {
			boolean english = "en".equals(practice.getLanguage());
			String body = body(practice);
			document.addValue(english ? this.schema.titleEn : this.schema.titleNl, practice.getTitle());
			document.addValue(english ? this.schema.summaryEn : this.schema.summaryNl, practice.getSummary());
			document.addValue(english ? this.schema.bodyEn : this.schema.bodyNl, body);
			document.addValue(this.schema.spelling, String.join(" ", practice.getTitle(), practice.getSummary(), body));
			document.addValue(this.schema.titlePrefix, practice.getTitle());
			document.addValue(this.schema.titleSort, practice.getTitle());
			document.addValue(this.schema.language, practice.getLanguage());
			document.addValue(this.schema.status, practice.getStatus().code());
			if (practice.getTargetGroup() != null) {
				document.addValue(this.schema.targetGroup, practice.getTargetGroup().code());
			}
			if (practice.getStartDate() != null) {
				document.addValue(this.schema.startYear, practice.getStartDate().getYear());
			}
			document.addValue(this.schema.publishedAt, practice.getPublishedAt());
			document.addValue(this.schema.updatedAt, practice.getUpdatedAt());
			terms(document, this.schema.theme, practice.getThemes());
			terms(document, this.schema.strategy, practice.getStrategies());
			terms(document, this.schema.lever, practice.getLevers());
			practice.getSdgs().forEach((goal) -> document.addValue(this.schema.sdg, String.valueOf(goal)));
			labels(document, practice);
			places(document, practice);
		}

		private void places(DocumentElement document, Practice practice) {
			Organisations lookup = this.organisations.getObject();
			List<String> names = new ArrayList<>();
			Set<String> provinces = new LinkedHashSet<>();
			Set<String> classes = new LinkedHashSet<>();
			Municipality first = null;
			for (Municipality municipality : lookup.municipalities(practice.getMunicipalities())) {
				first = (first == null) ? municipality : first;
				document.addValue(this.schema.municipality, municipality.getNisCode());
				names.add(municipality.getName());
				if (municipality.getProvince() != null) {
					provinces.add(municipality.getProvince().nisCode());
				}
				classes.add(municipality.getPopulationClass().code());
			}
			provinces.forEach((province) -> document.addValue(this.schema.province, province));
			classes.forEach((populationClass) -> document.addValue(this.schema.populationClass, populationClass));
			lookup.summary(practice.getLeadOrganisationId()).ifPresent((lead) -> {
				document.addValue(this.schema.organisationType, lead.type().code());
				names.add(lead.name());
			});
			document.addValue(this.schema.places, String.join(" ", names));
			if (practice.getLatitude() != null && practice.getLongitude() != null) {
				document.addValue(this.schema.location, GeoPoint.of(practice.getLatitude(), practice.getLongitude()));
			}
			else if (first != null && first.getLatitude() != null) {
				document.addValue(this.schema.location, GeoPoint.of(first.getLatitude(), first.getLongitude()));
			}
		}

		/**
		 * The labels of the fiche's themes, strategies and levers in both languages, as
		 * searchable text.
		 */
		private void labels(DocumentElement document, Practice practice) {
			MessageSource source = this.messages.getObject();
			List<Term> terms = new ArrayList<>(practice.getThemes());
			terms.addAll(practice.getStrategies());
			terms.addAll(practice.getLevers());
			for (Term term : terms) {
				for (Locale locale : Languages.SUPPORTED) {
					document.addValue(this.schema.labels, source.getMessage(term.messageKey(), null, "", locale));
				}
			}
			for (int goal : practice.getSdgs()) {
				document.addValue(this.schema.labels,
						source.getMessage(Sdg.messageKey(goal), null, "", Languages.DEFAULT));
			}
		}

		private static void terms(DocumentElement document, IndexFieldReference<String> field,
				List<? extends Term> terms) {
			terms.forEach((term) -> document.addValue(field, term.code()));
		}

		/**
		 * Everything else a reader may search for: the description as plain text,
		 * results, lessons.
		 */
		private static String body(Practice practice) {
			List<String> parts = new ArrayList<>();
			parts.add(RichText.toPlainText(practice.getDescription()));
			practice.getResults().forEach((result) -> parts.add(result.name()));
			parts.addAll(practice.getSuccessFactors());
			parts.addAll(practice.getObstacles());
			parts.addAll(practice.getLessons());
			parts.addAll(practice.getSteps());
			parts.addAll(practice.getPartners());
			if (practice.getTestimony() != null && practice.getTestimony().quote() != null) {
				parts.add(practice.getTestimony().quote());
			}
			return String.join("\n", parts);
		}

	}

}
