/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The screen class Jira's own administration creates screens with: Jira has no public service that creates one. It
 * is in jira-core, not jira-api; the constructor is checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-core) and blackducksoftware/blackduck-jira, which calls it against Jira 7.4; not yet against Jira 11. This
 * stand-in keeps a new screen's tabs and fields in memory and asks the manager to create it when stored, as the real
 * class does.
 */
package com.atlassian.jira.issue.fields.screen;

import java.util.ArrayList;
import java.util.List;

public class FieldScreenImpl implements FieldScreen {
    private final FieldScreenManager fieldScreenManager;
    private final List<FieldScreenTab> tabs = new ArrayList<>();
    private Long id;
    private String name;

    public FieldScreenImpl(FieldScreenManager fieldScreenManager) {
        this.fieldScreenManager = fieldScreenManager;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public void setDescription(String description) {
        // kept by the real class only
    }

    @Override
    public List<FieldScreenTab> getTabs() {
        return List.copyOf(tabs);
    }

    @Override
    public FieldScreenTab addTab(String tabName) {
        FieldScreenTab tab = new Tab(tabName);
        tabs.add(tab);
        store();
        return tab;
    }

    @Override
    public boolean containsField(String fieldId) {
        return tabs.stream().anyMatch(tab -> tab.isContainsField(fieldId));
    }

    @Override
    public void store() {
        if (id == null) {
            fieldScreenManager.createFieldScreen(this);
        }
    }

    private static final class Tab implements FieldScreenTab {
        private final String name;
        private final List<String> fieldIds = new ArrayList<>();

        Tab(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void addFieldScreenLayoutItem(String fieldId) {
            fieldIds.add(fieldId);
        }

        @Override
        public boolean isContainsField(String fieldId) {
            return fieldIds.contains(fieldId);
        }
    }
}
