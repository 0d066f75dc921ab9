package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.lokaalcirculair.practice.RevisionDiff.Change;
import be.lokaalcirculair.practice.RevisionDiff.FieldDiff;
import be.lokaalcirculair.practice.RevisionDiff.Line;
import be.lokaalcirculair.practice.RevisionDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable difference between two versions of a fiche. */
class RevisionDiffTests {

	@Test
	void onlyTheFieldsThatChangedAreShownInTheOrderOfTheNewerVersion() {
		Map<String, List<String>> older = snapshot("title", "Herbruikbare bekers", "summary", "Een markt.", "themes",
				"evenementen");
		Map<String, List<String>> newer = snapshot("title", "Herbruikbare glazen", "summary", "Een markt.", "themes",
				"evenementen");
		newer.put("lessons", List.of("Spreek de waarborg vooraf af."));

		List<FieldDiff> changes = RevisionDiff.between(older, newer);

		assertThat(changes).extracting(FieldDiff::field).containsExactly("title", "lessons");
		assertThat(changes.get(1).lines()).hasSize(1);
		assertThat(changes.get(1).lines().get(0).segments())
			.containsExactly(new Segment(Change.ADDED, "Spreek de waarborg vooraf af."));
	}

	@Test
	void aChangedLineIsComparedWordByWord() {
		String before = "Herbruikbare bekers op de jaarmarkt";
		String after = "Herbruikbare glazen op de Mechelse jaarmarkt";

		List<Segment> segments = RevisionDiff.compareWords(before, after);

		assertThat(text(segments, Change.ADDED)).isEqualTo(after);
		assertThat(text(segments, Change.REMOVED)).isEqualTo(before);
		assertThat(changed(segments, Change.REMOVED)).containsExactly("bekers");
		assertThat(changed(segments, Change.ADDED)).extracting(String::strip).containsExactly("glazen", "Mechelse");
		assertThat(segments.get(0)).isEqualTo(new Segment(Change.SAME, "Herbruikbare "));
	}

	@Test
	void wordsReplacedTogetherReadAsOneReplacement() {
		List<Segment> segments = RevisionDiff.compareWords("Start in maart 2024.", "Start in juni 2025.");

		assertThat(segments).containsExactly(new Segment(Change.SAME, "Start in "),
				new Segment(Change.REMOVED, "maart 2024"), new Segment(Change.ADDED, "juni 2025"),
				new Segment(Change.SAME, "."));
	}

	@Test
	void itemsOfAListAreAddedRemovedOrChangedOneByOne() {
		Map<String, List<String>> older = new LinkedHashMap<>();
		older.put("themes", List.of("Evenementen", "Textiel", "Water"));
		Map<String, List<String>> newer = new LinkedHashMap<>();
		newer.put("themes", List.of("Evenementen", "Water", "Voeding"));

		List<Line> lines = RevisionDiff.between(older, newer).get(0).lines();

		assertThat(lines).extracting((line) -> line.segments().get(0))
			.containsExactly(new Segment(Change.SAME, "Evenementen"), new Segment(Change.REMOVED, "Textiel"),
					new Segment(Change.SAME, "Water"), new Segment(Change.ADDED, "Voeding"));
	}

	@Test
	void unchangedLinesFarFromAChangeAreLeftOutWithTheirNumber() {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			paragraphs.add("Alinea " + i + ".");
		}
		List<String> changed = new ArrayList<>(paragraphs);
		changed.set(4, "Alinea vijf, herschreven.");

		List<Line> lines = RevisionDiff
			.between(Map.of("description", List.of(String.join("\n", paragraphs))),
					Map.of("description", List.of(String.join("\n", changed))))
			.get(0)
			.lines();

		assertThat(lines).hasSize(5);
		assertThat(lines.get(0).skipped()).isEqualTo(3);
		assertThat(lines.get(1).segments()).containsExactly(new Segment(Change.SAME, "Alinea 4."));
		assertThat(text(lines.get(2).segments(), Change.ADDED)).isEqualTo("Alinea vijf, herschreven.");
		assertThat(lines.get(3).segments()).containsExactly(new Segment(Change.SAME, "Alinea 6."));
		assertThat(lines.get(4).skipped()).isEqualTo(4);
	}

	@Test
	void longUnchangedTextAroundAChangeIsShortened() {
		String start = "begin ".repeat(60);
		String end = " einde".repeat(60);

		List<Segment> segments = RevisionDiff
			.between(Map.of("description", List.of(start + "oud" + end)),
					Map.of("description", List.of(start + "nieuw" + end)))
			.get(0)
			.lines()
			.get(0)
			.segments();

		assertThat(segments).hasSize(4);
		assertThat(segments.get(0).text()).startsWith("… ").hasSizeLessThan(start.length());
		assertThat(segments.get(3).text()).endsWith(" …").hasSizeLessThan(end.length());
		assertThat(segments.get(1)).isEqualTo(new Segment(Change.REMOVED, "oud"));
		assertThat(segments.get(2)).isEqualTo(new Segment(Change.ADDED, "nieuw"));
	}

	@Test
	void veryLongLinesAreShownAsReplacedWithoutComparingEveryWord() {
		String before = "woord ".repeat(RevisionDiff.MAX_WORDS);
		String after = before + "meer";

		List<Segment> segments = RevisionDiff.compareWords(before, after);

		assertThat(segments).containsExactly(new Segment(Change.REMOVED, before), new Segment(Change.ADDED, after));
	}

	@Test
	void aSnapshotSurvivesItsJsonForm() {
		Map<String, List<String>> snapshot = snapshot("title", "Tekst met “aanhalingstekens” en <tags>", "themes",
				"water");
		snapshot.put("lessons", List.of());

		assertThat(RevisionSnapshot.fromJson(RevisionSnapshot.toJson(snapshot))).isEqualTo(snapshot);
		assertThat(RevisionDiff.between(snapshot, RevisionSnapshot.fromJson(RevisionSnapshot.toJson(snapshot))))
			.isEmpty();
	}

	private static Map<String, List<String>> snapshot(String... fieldsAndValues) {
		Map<String, List<String>> snapshot = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			snapshot.put(fieldsAndValues[i], List.of(fieldsAndValues[i + 1]));
		}
		return snapshot;
	}

	/** The text of one side: what was kept plus what was added (or removed). */
	private static String text(List<Segment> segments, Change side) {
		StringBuilder text = new StringBuilder();
		segments.stream()
			.filter((segment) -> segment.change() == Change.SAME || segment.change() == side)
			.forEach((segment) -> text.append(segment.text()));
		return text.toString();
	}

	private static List<String> changed(List<Segment> segments, Change change) {
		return segments.stream().filter((segment) -> segment.change() == change).map(Segment::text).toList();
	}

}
