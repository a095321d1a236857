package org.goldenthread.workbench.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/** The conversion context of one page render: the page, its output type, and properties shared by its macros. */
final class PreviewContext implements ConversionContext {
    private final Map<String, Object> properties = new HashMap<>();
    private final ContentEntityObject page;
    private final String outputType;

    PreviewContext(String storageFormat, String outputType) {
        this.page = new PreviewPage(storageFormat);
        this.outputType = outputType;
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public ContentEntityObject getEntity() {
        return page;
    }

    /** A page whose body is the storage format being rendered. */
    private static final class PreviewPage extends ContentEntityObject {
        private final String body;

        PreviewPage(String body) {
            this.body = body;
        }

        @Override
        public String getBodyAsString() {
            return body;
        }
    }
}
