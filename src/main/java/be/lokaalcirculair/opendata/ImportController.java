package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountManagement;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * The editors' import of fiches: upload a CSV, XLSX or JSON file (with a column mapping
 * when it does not have the export's columns), read the report of the dry run, and import
 * it when it has no errors. The page of a job shows the progress of its work; with
 * JavaScript it follows it by itself, without it a link reloads it.
 */
@Controller
class ImportController {

	static final String VIEW = "opendata/import", JOB = "opendata/import-job", STATUS = "opendata/import-status";

	private final ImportJobs jobs;

	private final ImportWorker worker;

	private final ImportSettings settings;

	private final ImportMessages messages;

	private final AccountManagement accounts;

	ImportController(ImportJobs jobs, ImportWorker worker, ImportSettings settings, ImportMessages messages,
			AccountManagement accounts) {
		this.jobs = jobs;
		this.worker = worker;
		this.settings = settings;
		this.messages = messages;
		this.accounts = accounts;
	}

	@GetMapping("/beheer/import")
	String page(@AuthenticationPrincipal AccountPrincipal editor, Model model) {
		requireEditor(editor);
		return form(model, FormErrors.none());
	}

	@PostMapping("/beheer/import")
	String upload(@AuthenticationPrincipal AccountPrincipal editor,
			@RequestParam(name = "bestand", required = false) MultipartFile file,
			@RequestParam(name = "toewijzing", required = false) MultipartFile mapping, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) throws IOException {
		requireEditor(editor);
		Map<String, List<String>> errors = new LinkedHashMap<>();
		HttpStatus status = checkFile(file, errors);
		String mappingText = (errors.isEmpty()) ? checkMapping(file, mapping, errors) : null;
		if (!errors.isEmpty()) {
			response.setStatus(status.value());
			return form(model, new FormErrors(errors, List.of()));
		}
		long id = this.jobs.create(fileName(file.getOriginalFilename()),
				ImportFormat.ofFileName(file.getOriginalFilename()).orElseThrow(), file.getBytes(), mappingText,
				editor.id(), locale.getLanguage().equals("en") ? "en" : "nl");
		this.worker.check(id);
		Flash.message(redirect, "import.upload.received");
		return "redirect:/beheer/import/" + id;
	}

	@GetMapping("/beheer/import/{id}")
	String job(@AuthenticationPrincipal AccountPrincipal editor, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		requireEditor(editor);
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("job", job);
		if (htmx != null) {
			if (!job.state().running()) {
				// the work ended: the whole page changes (report, buttons), so reload it
				response.setHeader("HX-Refresh", "true");
			}
			return STATUS;
		}
		List<ImportIssue> issues = job.state().running() ? List.of() : this.jobs.issues(id);
		model.addAttribute("errors", issues.stream().filter(ImportIssue::error).toList());
		model.addAttribute("notes", issues.stream().filter((issue) -> !issue.error()).toList());
		model.addAttribute("uploader", uploader(job));
		return JOB;
	}

	@PostMapping("/beheer/import/{id}")
	String commit(@AuthenticationPrincipal AccountPrincipal editor, @PathVariable long id,
			RedirectAttributes redirect) {
		requireEditor(editor);
		this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.worker.commit(id, editor)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		Flash.message(redirect, "import.commit.started");
		return "redirect:/beheer/import/" + id;
	}

	private String form(Model model, FormErrors errors) {
		List<ImportJob> recent = this.jobs.recent(20);
		model.addAttribute("errors", errors);
		model.addAttribute("jobs", recent);
		model.addAttribute("maxMegabytes", this.settings.maxFileSizeMegabytes());
		model.addAttribute("maxRows", this.settings.maxRows());
		Map<Long, String> names = new HashMap<>();
		recent.forEach((job) -> names.put(job.id(), uploader(job)));
		model.addAttribute("uploaders", names);
		return VIEW;
	}

	/** Checks the uploaded file; returns the status of the refusal when it has errors. */
	private HttpStatus checkFile(MultipartFile file, Map<String, List<String>> errors) throws IOException {
		if (file == null || file.isEmpty()) {
			errors.put("bestand", List.of(this.messages.text("import.upload.required")));
			return HttpStatus.BAD_REQUEST;
		}
		if (file.getSize() > this.settings.maxFileSize().toBytes()) {
			errors.put("bestand",
					List.of(this.messages.text("import.file.too-large", this.settings.maxFileSizeMegabytes())));
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		Optional<ImportFormat> format = ImportFormat.ofFileName(file.getOriginalFilename());
		if (format.isEmpty()) {
			errors.put("bestand", List.of(this.messages.text("import.file.format")));
			return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}
		try (InputStream in = file.getInputStream()) {
			if (!format.get().fits(in.readNBytes(8192))) {
				errors.put("bestand", List.of(this.messages.text("import.file.wrong-content",
						format.get().extension().toUpperCase(Locale.ROOT))));
				return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			}
		}
		return HttpStatus.OK;
	}

	/** The column mapping as text, checked; {@code null} when none was uploaded. */
	private String checkMapping(MultipartFile file, MultipartFile mapping, Map<String, List<String>> errors)
			throws IOException {
		if (mapping == null || mapping.isEmpty()) {
			return null;
		}
		try {
			if (mapping.getSize() > ColumnMapping.MAX_LENGTH) {
				throw new ImportRefused("import.mapping.invalid", 0, "> " + ColumnMapping.MAX_LENGTH);
			}
			String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(mapping.getBytes())).toString();
			ColumnMapping.parse(text);
			if (ImportFormat.ofFileName(file.getOriginalFilename()).orElse(null) == ImportFormat.JSON) {
				throw new ImportRefused("import.mapping.not-for-json", 0);
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			errors.put("toewijzing", List.of(this.messages.text("import.file.encoding", 1)));
		}
		catch (ImportRefused refused) {
			errors.put("toewijzing", List.of(this.messages.text(refused)));
		}
		return null;
	}

	/**
	 * The last part of an uploaded file's name, without control characters: it is shown
	 * and becomes part of the fiches' provenance.
	 */
	static String fileName(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
		return name.isEmpty() ? "import" : name.substring(Math.max(0, name.length() - 150));
	}

	private String uploader(ImportJob job) {
		return (job.createdBy() == null) ? this.messages.text("import.uploader.none")
				: this.accounts.account(job.createdBy())
					.map((account) -> account.getDisplayName())
					.orElseGet(() -> this.messages.text("import.uploader.erased"));
	}

	private static void requireEditor(AccountPrincipal person) {
		if (person == null || !person.isEditor()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
