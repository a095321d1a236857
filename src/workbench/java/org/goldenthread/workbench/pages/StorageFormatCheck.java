package org.goldenthread.workbench.pages;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.goldenthread.confluence.StorageFormat;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that a page is well-formed storage format, as Confluence requires: XHTML with the {@code ac:} and
 * {@code ri:} prefixes and HTML's named characters. The wrapper that declares them sits on the page's first line, so
 * the line numbers of a problem are the file's own.
 */
final class StorageFormatCheck {
    private static final String PROLOGUE;

    static {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE ac:root [");
        StorageFormat.NAMED_CHARACTERS.forEach((name, code) -> doctype.append("<!ENTITY ").append(name)
                .append(" \"&#").append(code).append(";\">"));
        PROLOGUE = doctype.append("]><ac:root xmlns:ac=\"http://atlassian.com/content\" "
                + "xmlns:ri=\"http://atlassian.com/resource/identifier\">").toString();
    }

    private StorageFormatCheck() {
    }

    static void check(String storageFormat) throws StorageFormatException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new InputSource(new StringReader(PROLOGUE + storageFormat + "</ac:root>")));
        } catch (SAXParseException e) {
            throw new StorageFormatException(e.getLineNumber(), e.getLineNumber() == 1
                    ? Math.max(1, e.getColumnNumber() - PROLOGUE.length()) : e.getColumnNumber(),
                    e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new StorageFormatException(0, 0, e.getMessage());
        }
    }
}
