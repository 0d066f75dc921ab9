package be.lokaalcirculair.network;

import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Converter;

import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.TermConverter;
import be.lokaalcirculair.shared.taxonomy.Terms;

/**
 * The two levels of the learning network (DESIGN.md: the offer is target-group specific):
 * the open inspiration network for starters, which an organisation joins at once, and the
 * deepening network for advanced municipalities, joined on request.
 */
public enum NetworkLevel implements Term {

	INSPIRATION("inspiratie", true, Set.of(Track.STARTERS, Track.IEDEREEN)),
	DEEPENING("verdieping", false, Set.of(Track.GEVORDERDEN, Track.IEDEREEN));

	private final String code;

	private final boolean open;

	private final Set<Track> tracks;

	NetworkLevel(String code, boolean open, Set<Track> tracks) {
		this.code = code;
		this.open = open;
		this.tracks = tracks;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "network.level." + this.code;
	}

	/**
	 * Whether an organisation joins at once; otherwise an editor decides on a request.
	 */
	public boolean isOpen() {
		return this.open;
	}

	/** The tracks of the events of this level: its own and those meant for everyone. */
	public Set<Track> tracks() {
		return this.tracks;
	}

	/** The address of the level's page. */
	public String url() {
		return "/netwerk/" + this.code;
	}

	/** The level with this code, or empty when the code is unknown. */
	public static Optional<NetworkLevel> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

	@Converter(autoApply = true)
	static class NetworkLevelConverter extends TermConverter<NetworkLevel> {

		NetworkLevelConverter() {
			super(NetworkLevel::fromCode);
		}

	}

}
