package dev.codebook.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.server.api.ApiServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code POST /admin/reload}: switches to the index rebuilt in the same folder, for callers on this machine only
 * (whatever address the server listens on). Requests under way finish on the index they started with.
 */
final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    private final transient Reloads reloads;

    AdminServlet(Reloads reloads) {
        this.reloads = reloads;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            ApiServlet.error(response, 403, "the admin endpoints answer callers on the server's own machine only");
            return;
        }
        if (!"/reload".equals(request.getPathInfo())) {
            ApiServlet.error(response, 404, "the admin endpoint is POST /admin/reload");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            ApiServlet.error(response, 405, "reload with POST /admin/reload");
            return;
        }
        try {
            List<String> releases = Reloads.labels(reloads.reload("POST /admin/reload"));
            ByteArrayOutputStream body = new ByteArrayOutputStream(256);
            try (JsonGenerator json = JSON.createGenerator(body)) {
                json.writeStartObject();
                json.writeBooleanField("reloaded", true);
                json.writeArrayFieldStart("releases");
                for (String release : releases) {
                    json.writeString(release);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        } catch (IOException | RuntimeException e) {
            ApiServlet.error(response, 409, "cannot reload " + reloads.index().folder() + ": " + e.getMessage()
                    + "; still answering from the index loaded before");
        }
    }
}
