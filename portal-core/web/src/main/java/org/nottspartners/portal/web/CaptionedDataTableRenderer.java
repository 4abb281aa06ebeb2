package org.nottspartners.portal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' data table with a real {@code <caption>} (issue 21). PrimeFaces 15 renders a table's header
 * facet as a {@code div} outside the {@code table} and has no caption of its own, so assistive technology
 * (and HTML_CodeSniffer's H39) finds no name for the table. A {@code p:dataTable} given
 * {@code <f:attribute name="caption" value="..."/>} gets it as the table's first child, just before the
 * {@code thead}; a table without the attribute renders exactly as PrimeFaces renders it. AJAX updates
 * (paging, sorting) replace only the rows, so the caption stays.
 */
public class CaptionedDataTableRenderer extends DataTableRenderer {

    /** The attribute of the {@code p:dataTable} that holds the caption's text. */
    public static final String CAPTION = "caption";

    @Override
    protected void encodeThead(FacesContext context, DataTable table) throws IOException {
        Object caption = table.getAttributes().get(CAPTION);
        if (caption != null && !caption.toString().isBlank()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("caption", null);
            writer.writeAttribute("class", "table-caption", null);
            writer.writeText(caption.toString(), null);
            writer.endElement("caption");
        }
        super.encodeThead(context, table);
    }
}
