/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's workflow helpers. convertXMLtoWorkflowDescriptor is checked against the Jira 6.3.15 source
 * (turgaycelik/mysource, jira-api), blackducksoftware/blackduck-jira (Jira 7.4) and atlascommunity/jira-plugins-groovy
 * (Jira 8.13); not yet against Jira 11. This stand-in builds OSWorkflow's descriptor from the XML without reading its
 * document type, which Jira resolves from its own jar.
 */
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

public class WorkflowUtil {
    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String workflowDescriptorXML)
            throws FactoryException {
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return new WorkflowDescriptor(builder.parse(new ByteArrayInputStream(
                    workflowDescriptorXML.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
        } catch (Exception e) {
            throw new FactoryException("The workflow is not valid: " + e.getMessage(), e);
        }
    }
}
