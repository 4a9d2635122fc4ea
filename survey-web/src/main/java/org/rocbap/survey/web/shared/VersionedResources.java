package org.rocbap.survey.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Gives every static resource of the pages a name that changes with its content ({@code v=} and the
 * start of its SHA-256 in the address), so that browsers may keep it a year ({@link
 * SecurityHeadersFilter}) and still fetch a new version the moment it changes. It replaces the
 * release PrimeFaces puts in {@code v=}, which would not change with the theme built from it.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** The parameter that names a resource's version. */
    static final String VERSION = "v";

    /** A version already in the address, and the separator before it. */
    private static final Pattern RELEASE = Pattern.compile("[?&]" + VERSION + "=[^&]*");

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = RELEASE.matcher(super.getRequestPath()).replaceAll("");
                if (!path.contains("?") && path.contains("&")) {
                    path = path.replaceFirst("&", "?");
                }
                String key = getLibraryName() + "/" + getResourceName();
                // Not computeIfAbsent: reading a style sheet evaluates its #{resource[...]} references,
                // which ask for their own versions meanwhile.
                String version = versions.get(key);
                if (version == null) {
                    version = digest(getWrapped());
                    versions.putIfAbsent(key, version);
                }
                return path + (path.contains("?") ? "&" : "?") + VERSION + "=" + version;
            }
        };
    }

    private static String digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the resource " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
