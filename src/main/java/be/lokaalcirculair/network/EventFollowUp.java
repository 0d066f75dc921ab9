package be.lokaalcirculair.network;

import java.util.List;

/**
 * The after-care part of an event's page: the materials this visitor may see, and whether
 * they are asked for feedback.
 *
 * @param materials the materials to show
 * @param feedbackOpen whether this visitor may give feedback now
 * @param feedbackUrl the address of the feedback form
 */
public record EventFollowUp(List<MaterialInfo> materials, boolean feedbackOpen, String feedbackUrl) {
}
