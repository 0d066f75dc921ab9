package be.lokaalcirculair.quality;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (the validator behind validator.w3.org/nu), run in-process.
 */
final class HtmlChecker {

	private HtmlChecker() {
	}

	/**
	 * The errors the checker finds in a page, each with its line; warnings are not
	 * errors.
	 */
	static List<String> errors(byte[] html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JsonMapper.builder().build().readTree(report).path("messages")) {
			String type = message.path("type").asString();
			if ("error".equals(type) || "non-document-error".equals(type)) {
				errors.add("line " + message.path("lastLine").asString() + ": " + message.path("message").asString()
						+ " [" + message.path("extract").asString().strip() + "]");
			}
		}
		return errors;
	}

}
