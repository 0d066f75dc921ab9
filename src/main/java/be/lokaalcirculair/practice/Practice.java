package be.lokaalcirculair.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.lokaalcirculair.practice.TextItem.Kind;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * A practice fiche: one example project of a local government, structured so that others
 * can learn from it (DESIGN.md section 4). Only published fiches are public.
 */
@Entity
@Table(name = "practice")
public class Practice {

	/** Longest title, summary and description, in characters. */
	public static final int TITLE_MAX = 120, SUMMARY_MAX = 300, DESCRIPTION_MAX = 100_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String description;

	private String language;

	@Column(name = "lead_organisation_id")
	private Long leadOrganisationId;

	@ElementCollection
	@CollectionTable(name = "practice_municipality", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "nis_code")
	private Set<String> municipalities = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "code")
	private Set<Theme> themes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_strategy", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "code")
	private Set<Strategy> strategies = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_lever", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "code")
	private Set<Lever> levers = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_sdg", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "goal")
	private Set<Integer> sdgs = new HashSet<>();

	private PracticeStatus status;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "budget_eur")
	private BigDecimal budgetEur;

	@Column(name = "staff_effort")
	private String staffEffort;

	@Column(name = "target_group")
	private TargetGroup targetGroup;

	@Column(name = "location_label")
	private String locationLabel;

	private Double latitude;

	private Double longitude;

	@ElementCollection
	@CollectionTable(name = "practice_text_item", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderBy("kind, position")
	private List<TextItem> textItems = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "practice_result", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	private List<ResultIndicator> results = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	private List<Link> links = new ArrayList<>();

	@Embedded
	private Testimony testimony;

	@Embedded
	private Contact contact;

	@Enumerated(EnumType.STRING)
	@Column(name = "moderation_state")
	private ModerationState moderationState;

	@Column(name = "validated_by")
	private String validatedBy;

	@Column(name = "validated_at")
	private Instant validatedAt;

	@Column(name = "last_reviewed_at")
	private LocalDate lastReviewedAt;

	private String provenance;

	private boolean demo;

	private boolean featured;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "author_account_id")
	private Long authorAccountId;

	@Column(name = "moderation_comment")
	private String moderationComment;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "review_reminded_at")
	private LocalDate reviewRemindedAt;

	@Column(name = "reviewer_account_id")
	private Long reviewerAccountId;

	@Column(name = "reviewer_name")
	private String reviewerName;

	@Column(name = "review_started_at")
	private Instant reviewStartedAt;

	@Version
	private long version;

	protected Practice() {
	}

	Practice(String slug, String title, String summary, long leadOrganisationId, PracticeStatus status,
			String provenance, boolean demo) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.leadOrganisationId = leadOrganisationId;
		this.status = status;
		this.provenance = provenance;
		this.demo = demo;
		this.language = "nl";
		this.moderationState = ModerationState.DRAFT;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	// --- changes, package-private: the module's services decide when they happen

	void rename(String title, String summary) {
		this.title = title;
		this.summary = summary;
	}

	void setStatus(PracticeStatus status) {
		this.status = status;
	}

	void describe(String description, String language) {
		this.description = description;
		this.language = language;
	}

	void classify(Collection<Theme> themes, Collection<Strategy> strategies, Collection<Lever> levers,
			Collection<Integer> sdgs, TargetGroup targetGroup) {
		replace(this.themes, themes);
		replace(this.strategies, strategies);
		replace(this.levers, levers);
		replace(this.sdgs, sdgs);
		this.targetGroup = targetGroup;
	}

	void locate(Collection<String> municipalityCodes, String locationLabel, Double latitude, Double longitude) {
		replace(this.municipalities, municipalityCodes);
		this.locationLabel = locationLabel;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	void plan(LocalDate startDate, LocalDate endDate, BigDecimal budgetEur, String staffEffort) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.budgetEur = budgetEur;
		this.staffEffort = staffEffort;
	}

	void setTexts(Kind kind, List<String> texts) {
		this.textItems.removeIf((item) -> item.kind() == kind);
		for (int i = 0; i < texts.size(); i++) {
			this.textItems.add(new TextItem(kind, i, texts.get(i)));
		}
	}

	void setResults(List<ResultIndicator> results) {
		replace(this.results, results);
	}

	void setLinks(List<Link> links) {
		replace(this.links, links);
	}

	void setTestimony(Testimony testimony) {
		this.testimony = testimony;
	}

	void setContact(Contact contact) {
		this.contact = contact;
	}

	void setFeatured(boolean featured) {
		this.featured = featured;
	}

	void moderate(ModerationState state, String validatedBy, Instant validatedAt, LocalDate lastReviewedAt) {
		this.moderationState = state;
		this.validatedBy = validatedBy;
		this.validatedAt = validatedAt;
		this.lastReviewedAt = lastReviewedAt;
		if (state == ModerationState.PUBLISHED && this.publishedAt == null) {
			this.publishedAt = (validatedAt != null) ? validatedAt : Instant.now();
		}
	}

	void writtenBy(long accountId) {
		this.authorAccountId = accountId;
	}

	void reminded(LocalDate day) {
		this.reviewRemindedAt = day;
	}

	/**
	 * When the organisation was last asked whether the fiche is still current, or
	 * {@code null}.
	 */
	public LocalDate getReviewRemindedAt() {
		return this.reviewRemindedAt;
	}

	void touched() {
		this.updatedAt = Instant.now();
	}

	/**
	 * The author hands the fiche in for review. The editor of an earlier round stays
	 * named, so that the fiche can go back to them.
	 * @throws ModerationConflict when the state does not allow it
	 */
	void submit() {
		require(this.moderationState.maySubmit());
		this.moderationState = ModerationState.SUBMITTED;
		this.submittedAt = Instant.now();
		this.moderationComment = null;
	}

	/**
	 * An editor takes the fiche into review (or over from another editor).
	 * @throws ModerationConflict when the state does not allow it, or the editor reviews
	 * it already
	 */
	void startReview(long editorId, String editorName) {
		require(this.moderationState.mayStartReview() && !(this.moderationState == ModerationState.IN_REVIEW
				&& Long.valueOf(editorId).equals(this.reviewerAccountId)));
		this.moderationState = ModerationState.IN_REVIEW;
		this.reviewerAccountId = editorId;
		this.reviewerName = editorName;
		this.reviewStartedAt = Instant.now();
	}

	/**
	 * An editor publishes the fiche under review, validating it in their name.
	 * @throws ModerationConflict when the fiche is not in review
	 */
	void publish(String editorName) {
		require(this.moderationState == ModerationState.IN_REVIEW);
		this.moderationState = ModerationState.PUBLISHED;
		this.validatedBy = editorName;
		this.validatedAt = Instant.now();
		this.lastReviewedAt = java.time.LocalDate.now(be.lokaalcirculair.shared.web.Ui.ZONE);
		this.moderationComment = null;
		if (this.publishedAt == null) {
			this.publishedAt = this.validatedAt;
		}
	}

	/**
	 * An editor sends the fiche under review back to its author with a comment, or turns
	 * it down, or archives a published fiche.
	 * @throws ModerationConflict when the state does not allow it
	 */
	void decline(ModerationState state, String comment) {
		require((state == ModerationState.ARCHIVED) ? this.moderationState.mayArchive()
				: this.moderationState == ModerationState.IN_REVIEW);
		this.moderationState = state;
		this.moderationComment = comment;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new ModerationConflict(this.moderationState);
		}
	}

	void stamp(Instant createdAt, Instant updatedAt, Instant publishedAt) {
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.publishedAt = publishedAt;
		if (this.moderationState.isOpen() && this.submittedAt == null) {
			this.submittedAt = updatedAt;
		}
	}

	private static <T> void replace(Collection<T> target, Collection<? extends T> source) {
		target.clear();
		if (source != null) {
			target.addAll(source);
		}
	}

	// --- reading

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	/**
	 * The description as Markdown source; render it only through the sanitising renderer.
	 */
	public String getDescription() {
		return this.description;
	}

	/** The language of the fiche's text ("nl" or "en"). */
	public String getLanguage() {
		return this.language;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	/**
	 * NIS codes of the participating municipalities, as filed (a pre-2025 code stays as
	 * it was).
	 */
	public Set<String> getMunicipalities() {
		return Set.copyOf(this.municipalities);
	}

	public List<Theme> getThemes() {
		return sorted(this.themes);
	}

	public List<Strategy> getStrategies() {
		return sorted(this.strategies);
	}

	public List<Lever> getLevers() {
		return sorted(this.levers);
	}

	public List<Integer> getSdgs() {
		return this.sdgs.stream().sorted().toList();
	}

	public PracticeStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public BigDecimal getBudgetEur() {
		return this.budgetEur;
	}

	public String getStaffEffort() {
		return this.staffEffort;
	}

	public TargetGroup getTargetGroup() {
		return this.targetGroup;
	}

	public String getLocationLabel() {
		return this.locationLabel;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public List<String> getPartners() {
		return texts(Kind.PARTNER);
	}

	public List<String> getFundingSources() {
		return texts(Kind.FUNDING);
	}

	public List<String> getSuccessFactors() {
		return texts(Kind.SUCCESS_FACTOR);
	}

	public List<String> getObstacles() {
		return texts(Kind.OBSTACLE);
	}

	public List<String> getLessons() {
		return texts(Kind.LESSON);
	}

	/** The "how to start" steps, in order. */
	public List<String> getSteps() {
		return texts(Kind.STEP);
	}

	public List<ResultIndicator> getResults() {
		return List.copyOf(this.results);
	}

	public List<Link> getLinks() {
		return List.copyOf(this.links);
	}

	public Testimony getTestimony() {
		return this.testimony;
	}

	/** The contact person: personal data, for members only. */
	public Contact getContact() {
		return this.contact;
	}

	public ModerationState getModerationState() {
		return this.moderationState;
	}

	public String getValidatedBy() {
		return this.validatedBy;
	}

	public Instant getValidatedAt() {
		return this.validatedAt;
	}

	public LocalDate getLastReviewedAt() {
		return this.lastReviewedAt;
	}

	/** Where the fiche came from: "demo", "formulier", "import: file name". */
	public String getProvenance() {
		return this.provenance;
	}

	/** Whether this fiche belongs to the demo data set (shown as "voorbeeldfiche"). */
	public boolean isDemo() {
		return this.demo;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** The account that wrote the fiche, or {@code null} for imported and demo fiches. */
	public Long getAuthorAccountId() {
		return this.authorAccountId;
	}

	/**
	 * What the editor said when asking for changes or turning the fiche down, or
	 * {@code null}.
	 */
	public String getModerationComment() {
		return this.moderationComment;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** The editor who reviews the fiche (or did in the last round), or {@code null}. */
	public Long getReviewerAccountId() {
		return this.reviewerAccountId;
	}

	/** The name of that editor, as it was when the review started, or {@code null}. */
	public String getReviewerName() {
		return this.reviewerName;
	}

	/** When that editor took the fiche into review, or {@code null}. */
	public Instant getReviewStartedAt() {
		return this.reviewStartedAt;
	}

	private List<String> texts(Kind kind) {
		return this.textItems.stream()
			.filter((item) -> item.kind() == kind)
			.sorted(Comparator.comparingInt(TextItem::position))
			.map(TextItem::content)
			.toList();
	}

	private static <T extends Enum<T>> List<T> sorted(Set<T> terms) {
		return terms.stream().sorted().toList();
	}

}
