package be.lokaalcirculair.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The map of Flanders and Brussels, drawn from the simplified municipal boundaries of
 * 2025 and projected once into SVG coordinates. The base map is one static, cacheable
 * SVG; a page highlights municipalities by drawing only their outlines on top of it, in
 * the same coordinates.
 */
@Component
public class MunicipalityMap {

	static final String BOUNDARIES = "reference/vl_bxl_gemeenten_2025.geojson";

	/** The width of the map in SVG units; the height follows from the projection. */
	public static final int WIDTH = 600;

	private static final double WEST = 2.52, EAST = 5.93, NORTH = 51.52, SOUTH = 50.67;

	private static final double X_SCALE = Math.cos(Math.toRadians(51.1));

	private static final double SCALE = WIDTH / ((EAST - WEST) * X_SCALE);

	/** The height of the map in SVG units. */
	public static final int HEIGHT = (int) Math.ceil((NORTH - SOUTH) * SCALE);

	private volatile Geometry geometry;

	/**
	 * The SVG path of a municipality's outline, or an empty string for an unknown code.
	 */
	public String outline(String nisCode) {
		return geometry().paths().getOrDefault(nisCode, "");
	}

	/** The SVG path of the outlines of several municipalities together. */
	public String outlines(Collection<String> nisCodes) {
		return nisCodes.stream().map(this::outline).filter((path) -> !path.isEmpty()).collect(Collectors.joining(" "));
	}

	/** The whole map as a standalone SVG document. */
	public String baseMap() {
		return geometry().baseMap();
	}

	/** The centre (longitude, latitude) of every municipality's area, by NIS code. */
	Map<String, double[]> centres() {
		return geometry().centres();
	}

	private Geometry geometry() {
		Geometry loaded = this.geometry;
		if (loaded == null) {
			synchronized (this) {
				if (this.geometry == null) {
					this.geometry = load();
				}
				loaded = this.geometry;
			}
		}
		return loaded;
	}

	private static Geometry load() {
		ObjectMapper mapper = JsonMapper.builder().build();
		JsonNode features;
		try (InputStream in = new ClassPathResource(BOUNDARIES).getInputStream()) {
			features = mapper.readTree(in).get("features");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> paths = new LinkedHashMap<>();
		Map<String, double[]> centres = new HashMap<>();
		Map<String, String> provinces = new HashMap<>();
		for (JsonNode feature : features) {
			String nis = feature.get("properties").get("nis_code").asString();
			JsonNode provinceNode = feature.get("properties").get("provincie_nis");
			provinces.put(nis, (provinceNode == null || provinceNode.isNull()) ? "" : provinceNode.asString());
			List<JsonNode> polygons = polygons(feature.get("geometry"));
			paths.put(nis, path(polygons));
			centres.put(nis, centre(polygons));
		}
		return new Geometry(Map.copyOf(paths), Map.copyOf(centres), svg(paths, provinces));
	}

	private static List<JsonNode> polygons(JsonNode geometry) {
		JsonNode coordinates = geometry.get("coordinates");
		if ("Polygon".equals(geometry.get("type").asString())) {
			return List.of(coordinates);
		}
		return coordinates.valueStream().toList();
	}

	private static String path(List<JsonNode> polygons) {
		StringBuilder path = new StringBuilder();
		for (JsonNode polygon : polygons) {
			for (JsonNode ring : polygon) {
				long lastX = Long.MIN_VALUE, lastY = Long.MIN_VALUE;
				int points = 0;
				for (JsonNode point : ring) {
					long x = Math.round((point.get(0).asDouble() - WEST) * X_SCALE * SCALE);
					long y = Math.round((NORTH - point.get(1).asDouble()) * SCALE);
					if (x == lastX && y == lastY) {
						continue;
					}
					path.append((points == 0) ? "M" : " ").append(x).append(' ').append(y);
					lastX = x;
					lastY = y;
					points++;
				}
				path.append('Z');
			}
		}
		return path.toString();
	}

	/**
	 * Area-weighted centroid of the outer rings (shoelace formula), as {longitude,
	 * latitude}.
	 */
	private static double[] centre(List<JsonNode> polygons) {
		double area = 0, cx = 0, cy = 0;
		for (JsonNode polygon : polygons) {
			JsonNode ring = polygon.get(0);
			for (int i = 0; i + 1 < ring.size(); i++) {
				double x0 = ring.get(i).get(0).asDouble(), y0 = ring.get(i).get(1).asDouble();
				double x1 = ring.get(i + 1).get(0).asDouble(), y1 = ring.get(i + 1).get(1).asDouble();
				double cross = x0 * y1 - x1 * y0;
				area += cross;
				cx += (x0 + x1) * cross;
				cy += (y0 + y1) * cross;
			}
		}
		if (area == 0) {
			JsonNode first = polygons.get(0).get(0).get(0);
			return new double[] { first.get(0).asDouble(), first.get(1).asDouble() };
		}
		return new double[] { cx / (3 * area), cy / (3 * area) };
	}

	private static String svg(Map<String, String> paths, Map<String, String> provinces) {
		StringBuilder svg = new StringBuilder(200_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\">");
		svg.append("<g fill=\"#e8eef0\" stroke=\"#9aabb3\" stroke-width=\"0.6\" stroke-linejoin=\"round\">");
		paths.forEach((nis, path) -> svg.append("<path d=\"")
			.append(path)
			.append("\" data-nis=\"")
			.append(nis)
			.append("\"")
			.append(Objects.equals(provinces.get(nis), "") ? " fill=\"#dde3e6\"" : "")
			.append("/>"));
		svg.append("</g></svg>");
		return svg.toString();
	}

	private record Geometry(Map<String, String> paths, Map<String, double[]> centres, String baseMap) {
	}

}
