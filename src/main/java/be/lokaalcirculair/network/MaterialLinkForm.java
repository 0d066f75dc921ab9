package be.lokaalcirculair.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link as material: a title and a web address (http or https only). */
public record MaterialLinkForm(
		@NotBlank(message = "{form.required}") @Size(max = MaterialLinkForm.TITLE_MAX,
				message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 500, message = "{form.too-long}") @Pattern(
				regexp = "\\s*https?://[^\\s/?#]+\\S*\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "{network.materials.url.invalid}") String url,
		Boolean participantsOnly) {

	static final int TITLE_MAX = 200;

	public MaterialLinkForm {
		title = (title != null) ? title : "";
		url = (url != null) ? url : "";
		// an unticked checkbox sends nothing
		participantsOnly = Boolean.TRUE.equals(participantsOnly);
	}

	static MaterialLinkForm empty() {
		return new MaterialLinkForm("", "", false);
	}

}
