package org.goldenthread.confluence;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.templaterenderer.TemplateRenderer;

/** What every Golden Thread macro has: its templates and its KPI source; no body; a block of its own on the page. */
abstract class ReportMacro implements Macro {
    protected final MacroTemplates templates;
    protected final KpiSource source;

    ReportMacro(TemplateRenderer renderer, KpiSource source) {
        this.templates = new MacroTemplates(renderer);
        this.source = source;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
