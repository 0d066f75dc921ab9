package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The readable difference between two versions of a fiche: only the fields that changed,
 * line by line, and within a changed line word by word. The comparison itself is
 * java-diff-utils' (Myers); this class only cuts the text into lines and words and makes
 * the result easy to read: unchanged stretches are shortened, and a run of changed words
 * is shown as one deletion followed by one insertion.
 */
public final class RevisionDiff {

	/** Unchanged lines kept around a change. */
	static final int CONTEXT = 1;

	/** Unchanged text longer than this is shortened within a changed line. */
	static final int SAME_TEXT_MAX = 240;

	/** Characters kept at either side of shortened text. */
	static final int KEEP = 100;

	/** Above this many words, two lines are shown as replaced rather than compared. */
	static final int MAX_WORDS = 4000;

	private static final Pattern WORD = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

	private RevisionDiff() {
	}

	/** How a piece of text differs. */
	public enum Change {

		SAME, ADDED, REMOVED

	}

	/**
	 * A piece of a line.
	 *
	 * @param change whether it was kept, added or removed
	 * @param text the text
	 */
	public record Segment(Change change, String text) {
	}

	/**
	 * A line of a field, or a gap of unchanged lines that are not shown.
	 *
	 * @param segments the pieces of the line (empty for a gap)
	 * @param skipped how many unchanged lines the gap stands for (0 for a line)
	 */
	public record Line(List<Segment> segments, int skipped) {

		/** Whether this stands for unchanged lines that are not shown. */
		public boolean isGap() {
			return this.skipped > 0;
		}

		boolean isUnchanged() {
			return this.segments.stream().allMatch((segment) -> segment.change() == Change.SAME);
		}

	}

	/**
	 * A field that changed.
	 *
	 * @param field the field's name (see {@link RevisionSnapshot})
	 * @param lines what changed, with a little unchanged context
	 */
	public record FieldDiff(String field, List<Line> lines) {
	}

	/**
	 * The fields that differ between two snapshots, in the order of the newer one.
	 * @param older the earlier version (field name to values)
	 * @param newer the later version
	 */
	public static List<FieldDiff> between(Map<String, List<String>> older, Map<String, List<String>> newer) {
		Set<String> fields = new LinkedHashSet<>(newer.keySet());
		fields.addAll(older.keySet());
		List<FieldDiff> changes = new ArrayList<>();
		for (String field : fields) {
			List<String> before = lines(older.get(field));
			List<String> after = lines(newer.get(field));
			if (!before.equals(after)) {
				changes.add(new FieldDiff(field, collapse(compareLines(before, after))));
			}
		}
		return changes;
	}

	/** The values of a field as lines: a text of several lines counts as several. */
	static List<String> lines(List<String> values) {
		List<String> lines = new ArrayList<>();
		if (values != null) {
			values.forEach((value) -> lines.addAll(List.of(value.split("\\R", -1))));
		}
		return lines;
	}

	static List<Line> compareLines(List<String> before, List<String> after) {
		List<Line> lines = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			switch (delta.getType()) {
				case EQUAL -> removed.forEach((line) -> lines.add(line(new Segment(Change.SAME, line))));
				case DELETE -> removed.forEach((line) -> lines.add(line(new Segment(Change.REMOVED, line))));
				case INSERT -> added.forEach((line) -> lines.add(line(new Segment(Change.ADDED, line))));
				case CHANGE -> {
					int paired = Math.min(removed.size(), added.size());
					for (int i = 0; i < paired; i++) {
						lines.add(new Line(shorten(compareWords(removed.get(i), added.get(i))), 0));
					}
					removed.subList(paired, removed.size())
						.forEach((line) -> lines.add(line(new Segment(Change.REMOVED, line))));
					added.subList(paired, added.size())
						.forEach((line) -> lines.add(line(new Segment(Change.ADDED, line))));
				}
			}
		}
		return lines;
	}

	/**
	 * The word-by-word difference of two lines; a run of changes becomes one removal and
	 * one addition.
	 */
	static List<Segment> compareWords(String before, String after) {
		List<String> removedWords = words(before);
		List<String> addedWords = words(after);
		List<Segment> raw = new ArrayList<>();
		if (removedWords.size() > MAX_WORDS || addedWords.size() > MAX_WORDS) {
			raw.add(new Segment(Change.REMOVED, before));
			raw.add(new Segment(Change.ADDED, after));
			return raw;
		}
		for (AbstractDelta<String> delta : DiffUtils.diff(removedWords, addedWords, true).getDeltas()) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			switch (delta.getType()) {
				case EQUAL -> raw.add(new Segment(Change.SAME, removed));
				case DELETE -> raw.add(new Segment(Change.REMOVED, removed));
				case INSERT -> raw.add(new Segment(Change.ADDED, added));
				case CHANGE -> {
					raw.add(new Segment(Change.REMOVED, removed));
					raw.add(new Segment(Change.ADDED, added));
				}
			}
		}
		return regroup(raw);
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * Joins the changes between two unchanged stretches into one removal and one
	 * addition; mere spaces between two changes count as changed, so that "a b" to "x y"
	 * reads as one replacement.
	 */
	private static List<Segment> regroup(List<Segment> raw) {
		List<Segment> grouped = new ArrayList<>();
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		for (int i = 0; i < raw.size(); i++) {
			Segment segment = raw.get(i);
			boolean spaceBetweenChanges = segment.change() == Change.SAME && segment.text().isBlank() && i > 0
					&& i < raw.size() - 1 && (!removed.isEmpty() || !added.isEmpty());
			if (segment.change() == Change.SAME && !spaceBetweenChanges) {
				flush(grouped, removed, added);
				grouped.add(segment);
			}
			else {
				if (segment.change() != Change.ADDED) {
					removed.append(segment.text());
				}
				if (segment.change() != Change.REMOVED) {
					added.append(segment.text());
				}
			}
		}
		flush(grouped, removed, added);
		return grouped;
	}

	private static void flush(List<Segment> grouped, StringBuilder removed, StringBuilder added) {
		if (!removed.isEmpty()) {
			grouped.add(new Segment(Change.REMOVED, removed.toString()));
		}
		if (!added.isEmpty()) {
			grouped.add(new Segment(Change.ADDED, added.toString()));
		}
		removed.setLength(0);
		added.setLength(0);
	}

	/** Long unchanged text within a changed line keeps only its ends near the changes. */
	private static List<Segment> shorten(List<Segment> segments) {
		List<Segment> shortened = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			String text = segment.text();
			if (segment.change() == Change.SAME && text.length() > SAME_TEXT_MAX) {
				boolean first = i == 0;
				boolean last = i == segments.size() - 1;
				text = (first ? "… " : text.substring(0, KEEP) + (last ? " …" : " … "))
						+ (last ? "" : text.substring(text.length() - KEEP));
			}
			shortened.add(new Segment(segment.change(), text));
		}
		return shortened;
	}

	/**
	 * Replaces the unchanged lines far from any change by gaps, keeping {@link #CONTEXT}
	 * lines on either side of a change.
	 */
	static List<Line> collapse(List<Line> lines) {
		List<Line> collapsed = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (!lines.get(i).isUnchanged()) {
				collapsed.add(lines.get(i++));
				continue;
			}
			int end = i;
			while (end < lines.size() && lines.get(end).isUnchanged()) {
				end++;
			}
			int keepBefore = (i == 0) ? 0 : CONTEXT;
			int keepAfter = (end == lines.size()) ? 0 : CONTEXT;
			if (end - i <= keepBefore + keepAfter + 1) {
				collapsed.addAll(lines.subList(i, end));
			}
			else {
				collapsed.addAll(lines.subList(i, i + keepBefore));
				collapsed.add(new Line(List.of(), end - i - keepBefore - keepAfter));
				collapsed.addAll(lines.subList(end - keepAfter, end));
			}
			i = end;
		}
		return collapsed;
	}

	private static Line line(Segment segment) {
		String text = segment.text();
		if (segment.change() == Change.SAME && text.length() > SAME_TEXT_MAX) {
			text = text.substring(0, SAME_TEXT_MAX) + " …";
		}
		return new Line(List.of(new Segment(segment.change(), text)), 0);
	}

}
