package be.lokaalcirculair.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.practice.Practice;

/**
 * Maps fiches to the search index without the practice module knowing of the search: the
 * mapping is programmatic and lives here. Referenced by
 * {@code hibernate.search.mapping.configurer}.
 */
@Component("practiceIndexMapping")
class PracticeIndexMapping implements HibernateOrmSearchMappingConfigurer {

	/**
	 * The index's name carries the version of its document schema: Lucene refuses a field
	 * whose options (term vectors, doc values) differ from those already in the index, so
	 * such a change gets a new name, and the start-up reconciliation builds the new index
	 * from the database (the old directory can then be deleted).
	 */
	static final String INDEX = "practice-v2";

	private final PracticeDocumentBinder documentBinder;

	PracticeIndexMapping(PracticeDocumentBinder documentBinder) {
		this.documentBinder = documentBinder;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep practice = context.programmaticMapping().type(Practice.class);
		practice.indexed().index(INDEX).routingBinder(new PublishedOnlyRouting());
		practice.binder(this.documentBinder);
	}

}
