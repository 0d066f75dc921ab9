package be.lokaalcirculair.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * Editors add materials to an event (a link or a document) and delete them after a
 * confirmation; everyone downloads the public documents, participants also theirs.
 * Documents are always downloads ({@code attachment}, with {@code nosniff}).
 */
@Controller
class MaterialController {

	static final String LIST = "network/materials", DELETE = "network/material-delete";

	private final EventManagement management;

	private final EventMaterials materials;

	private final EventPages pages;

	MaterialController(EventManagement management, EventMaterials materials, EventPages pages) {
		this.management = management;
		this.materials = materials;
		this.pages = pages;
	}

	private static String base(long id) {
		return EventEditorController.BASE + "/" + id + "/materialen";
	}

	@GetMapping(EventEditorController.BASE + "/{id}/materialen")
	String list(@PathVariable long id, Model model) {
		return page(model, id, MaterialLinkForm.empty(), FormErrors.none(), "", null);
	}

	@PostMapping(EventEditorController.BASE + "/{id}/materialen/link")
	String addLink(@PathVariable long id, @Valid @ModelAttribute("form") MaterialLinkForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.management.event(id);
		var refused = result.hasErrors() ? java.util.Optional.of("") : this.materials.addLink(id, form);
		if (refused.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, id, form, FormErrors.of(result, java.util.Map.of()), "",
					refused.get().isEmpty() ? null : refused.get());
		}
		Flash.message(redirect, "network.materials.added");
		return "redirect:" + base(id);
	}

	@PostMapping(EventEditorController.BASE + "/{id}/materialen/bestand")
	String addFile(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Boolean participantsOnly, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		this.management.event(id);
		String fileTitle = (title != null) ? title.strip() : "";
		String problem = (fileTitle.isEmpty() || fileTitle.length() > MaterialLinkForm.TITLE_MAX)
				? "network.materials.title.required" : null;
		MaterialFiles.Checked checked = null;
		try {
			checked = checked(file);
		}
		catch (MaterialFiles.Refused refused) {
			problem = (problem != null) ? problem : refused.messageKey();
		}
		if (problem == null) {
			problem = this.materials.addFile(id, fileTitle, checked, Boolean.TRUE.equals(participantsOnly))
				.orElse(null);
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, id, MaterialLinkForm.empty(), FormErrors.none(), fileTitle, problem);
		}
		Flash.message(redirect, "network.materials.added");
		return "redirect:" + base(id);
	}

	@GetMapping(EventEditorController.BASE + "/{id}/materialen/{materialId}/verwijderen")
	String confirmDelete(@PathVariable long id, @PathVariable long materialId, Model model) {
		model.addAttribute("event", this.management.event(id));
		model.addAttribute("material", this.materials.one(id, materialId).orElseThrow(EventNotFound::new));
		return DELETE;
	}

	@PostMapping(EventEditorController.BASE + "/{id}/materialen/{materialId}/verwijderen")
	String delete(@PathVariable long id, @PathVariable long materialId, RedirectAttributes redirect) {
		if (!this.materials.delete(this.management.event(id).getId(), materialId)) {
			throw new EventNotFound();
		}
		Flash.message(redirect, "network.materials.deleted");
		return "redirect:" + base(id);
	}

	@GetMapping("/activiteiten/{slug}/materiaal/{materialId}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable long materialId,
			@AuthenticationPrincipal AccountPrincipal person) {
		NetworkEvent event = this.pages.event(slug);
		EventMaterial material = this.materials.file(event.getId(), materialId).orElseThrow(EventNotFound::new);
		if (material.isParticipantsOnly() && !this.materials.mayOpenAll(event.getId(), person)) {
			throw new MaterialForbidden();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(material.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(material.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(material.isParticipantsOnly() ? CacheControl.noStore() : CacheControl.noCache())
			.body(material.getContent());
	}

	/** The upload, checked; a too large one is refused before it is read. */
	private static MaterialFiles.Checked checked(MultipartFile file) throws IOException, MaterialFiles.Refused {
		if (file != null && file.getSize() > MaterialFiles.MAX_BYTES) {
			throw new MaterialFiles.Refused("network.materials.file.too-large");
		}
		return MaterialFiles.check((file != null) ? file.getOriginalFilename() : null,
				(file != null) ? file.getBytes() : null);
	}

	private String page(Model model, long id, MaterialLinkForm form, FormErrors errors, String fileTitle,
			String problem) {
		model.addAttribute("event", this.management.event(id));
		model.addAttribute("materials", this.materials.all(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("fileTitle", fileTitle);
		model.addAttribute("problem", problem);
		return LIST;
	}

}
