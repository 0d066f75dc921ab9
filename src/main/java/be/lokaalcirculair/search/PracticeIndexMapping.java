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

	static final String INDEX = "practice";

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
