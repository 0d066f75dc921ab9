package be.lokaalcirculair.search;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance of the search, measured: nDCG@10 and recall@10 over judged Dutch (and
 * some English) queries on the demo fiches, for our search and, in the same run, for a
 * baseline with Lucene's StandardAnalyzer over the same fiches and the same field
 * weights.
 */
@PlatformTest
class RelevanceTests {

	static final String JUDGEMENTS = "search/relevance-judgements.json";

	static final int K = 10;

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeCatalog catalog;

	@Test
	void ourSearchBeatsTheBaselineClearly() throws Exception {
		JsonNode judgements;
		try (InputStream in = new ClassPathResource(JUDGEMENTS).getInputStream()) {
			judgements = JsonMapper.builder().build().readTree(in);
		}
		List<Practice> fiches = this.catalog.published(PracticeFilter.none(), 0, 100, PracticeSort.TITLE).getContent();
		Baseline baseline = new Baseline(fiches);
		double oursNdcg = 0, oursRecall = 0, baseNdcg = 0, baseRecall = 0;
		Map<String, double[]> perKind = new HashMap<>();
		List<String> weakest = new ArrayList<>();
		for (JsonNode judged : judgements) {
			Map<String, Integer> relevant = new HashMap<>();
			judged.get("relevant").properties().forEach((e) -> relevant.put(e.getKey(), e.getValue().asInt()));
			Map<Facet, Set<String>> filters = filters(judged.get("filters"));
			String text = judged.get("query").asString();
			List<String> ours = this.search
				.search(new PracticeQuery(text, filters, null, 15, SearchOrder.RELEVANCE, 0, K))
				.hits()
				.stream()
				.map((hit) -> hit.practice().getSlug())
				.toList();
			Set<String> allowed = filters.isEmpty() ? null : allowed(filters);
			List<String> theirs = baseline.search(text, allowed);
			double ndcg = ndcg(ours, relevant);
			oursNdcg += ndcg;
			oursRecall += recall(ours, relevant);
			baseNdcg += ndcg(theirs, relevant);
			baseRecall += recall(theirs, relevant);
			perKind.computeIfAbsent(judged.get("kind").asString(), (k) -> new double[2])[0] += ndcg;
			perKind.get(judged.get("kind").asString())[1]++;
			if (ndcg < 0.6) {
				weakest.add(String.format("%s %.2f", text, ndcg));
			}
		}
		int n = judgements.size();
		System.out.printf(
				"Relevance over %d queries: ours nDCG@10 %.3f recall@10 %.3f; baseline (StandardAnalyzer) "
						+ "nDCG@10 %.3f recall@10 %.3f%n",
				n, oursNdcg / n, oursRecall / n, baseNdcg / n, baseRecall / n);
		perKind.forEach((kind, sums) -> System.out.printf("  %-10s nDCG@10 %.3f (%d queries)%n", kind,
				sums[0] / sums[1], (int) sums[1]));
		System.out.println("  weakest: " + weakest);
		assertThat(oursNdcg / n).as("nDCG@10").isGreaterThanOrEqualTo(0.85);
		assertThat(oursNdcg / n).as("nDCG@10 against the baseline").isGreaterThanOrEqualTo(baseNdcg / n + 0.15);
	}

	private Set<String> allowed(Map<Facet, Set<String>> filters) {
		Set<String> slugs = new LinkedHashSet<>();
		this.search.search(new PracticeQuery(null, filters, null, 15, SearchOrder.NEWEST, 0, 100))
			.hits()
			.forEach((hit) -> slugs.add(hit.practice().getSlug()));
		return slugs;
	}

	private static Map<Facet, Set<String>> filters(JsonNode node) {
		Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			JsonNode values = node.get(facet.apiParameter());
			if (values != null) {
				Set<String> set = new LinkedHashSet<>();
				values.forEach((value) -> set.add(value.asString()));
				filters.put(facet, set);
			}
		}
		return filters;
	}

	static double ndcg(List<String> ranked, Map<String, Integer> relevant) {
		double dcg = 0;
		for (int i = 0; i < Math.min(K, ranked.size()); i++) {
			dcg += gain(relevant.getOrDefault(ranked.get(i), 0), i);
		}
		List<Integer> ideal = relevant.values().stream().sorted(Comparator.reverseOrder()).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(K, ideal.size()); i++) {
			idcg += gain(ideal.get(i), i);
		}
		return (idcg == 0) ? 0 : dcg / idcg;
	}

	static double recall(List<String> ranked, Map<String, Integer> relevant) {
		long found = ranked.stream().limit(K).filter(relevant::containsKey).count();
		return (double) found / relevant.size();
	}

	private static double gain(int grade, int position) {
		return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
	}

	/** The same fiches in a plain Lucene index with the StandardAnalyzer. */
	static final class Baseline {

		private final IndexSearcher searcher;

		private final StandardAnalyzer analyzer = new StandardAnalyzer();

		Baseline(List<Practice> fiches) throws Exception {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
				for (Practice practice : fiches) {
					Document document = new Document();
					document.add(new StringField("slug", practice.getSlug(), Field.Store.YES));
					document.add(new TextField("title", practice.getTitle(), Field.Store.NO));
					document.add(new TextField("summary", practice.getSummary(), Field.Store.NO));
					document.add(new TextField("body", RichText.toPlainText(practice.getDescription()) + " "
							+ String.join(" ", practice.getLessons()), Field.Store.NO));
					writer.addDocument(document);
				}
			}
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}

		List<String> search(String text, Set<String> allowed) throws Exception {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] { "title", "summary", "body" },
					this.analyzer, Map.of("title", 3f, "summary", 2f, "body", 1f));
			ScoreDoc[] docs = this.searcher.search(parser.parse(QueryParser.escape(text)), 100).scoreDocs;
			Function<ScoreDoc, String> slug = (doc) -> {
				try {
					return this.searcher.storedFields().document(doc.doc).get("slug");
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			};
			List<String> ranked = new ArrayList<>();
			for (ScoreDoc doc : docs) {
				String found = slug.apply(doc);
				if (allowed == null || allowed.contains(found)) {
					ranked.add(found);
				}
			}
			return ranked.subList(0, Math.min(K, ranked.size()));
		}

	}

}
