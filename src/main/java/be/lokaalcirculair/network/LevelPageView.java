package be.lokaalcirculair.network;

import java.util.List;

import be.lokaalcirculair.shared.web.FormErrors;

/**
 * A level's page.
 *
 * @param level the level
 * @param members its member organisations with the people named by consent
 * @param upcoming its upcoming events, soonest first
 * @param materials its materials (see {@link LevelMaterials})
 * @param viewer where the signed-in person stands, or {@code null} for a visitor
 * @param motivation the motivation typed into the request form
 * @param errors the errors of the request form
 * @param problem a message key saying why the last step was refused, or {@code null}
 */
public record LevelPageView(NetworkLevel level, List<LevelMember> members, List<NetworkEvent> upcoming,
		List<LevelMaterial> materials, LevelViewer viewer, String motivation, FormErrors errors, String problem) {

	LevelPageView withForm(String motivation, FormErrors errors, String problem) {
		return new LevelPageView(this.level, this.members, this.upcoming, this.materials, this.viewer, motivation,
				errors, problem);
	}

}
