/* HCL, the configuration language of Terraform, Packer and Nomad, for highlight.js, which has no
   grammar of its own for it. Written for Handbook; code.js loads it for ```hcl, ```terraform and
   ```tf blocks. */
(function () {
  "use strict";
  if (!window.hljs) return;
  window.hljs.registerLanguage("hcl", function (hljs) {
    var KEYWORDS = {
      keyword: "resource data variable output locals module provider terraform backend provisioner " +
        "connection lifecycle dynamic content moved import check for in if else endif endfor",
      literal: "true false null",
      built_in: "count for_each depends_on source version each self path var local module data"
    };
    var INTERPOLATION = {
      className: "subst",
      begin: /[$%]\{/,
      end: /\}/,
      keywords: KEYWORDS
    };
    var STRING = {
      className: "string",
      begin: /"/,
      end: /"/,
      contains: [hljs.BACKSLASH_ESCAPE, INTERPOLATION]
    };
    INTERPOLATION.contains = [STRING, hljs.C_NUMBER_MODE];
    var HEREDOC = hljs.END_SAME_AS_BEGIN({
      className: "string",
      begin: /<<-?\s*(\w+)\s*$/,
      end: /^\s*(\w+)\s*$/,
      contains: [INTERPOLATION]
    });
    return {
      name: "HCL",
      aliases: ["terraform", "tf", "hcl2", "nomad"],
      keywords: KEYWORDS,
      contains: [
        hljs.HASH_COMMENT_MODE,
        hljs.C_LINE_COMMENT_MODE,
        hljs.C_BLOCK_COMMENT_MODE,
        HEREDOC,
        STRING,
        {
          // A block's type and labels: resource "aws_instance" "web" {
          begin: /^\s*[A-Za-z_][\w-]*(?=(\s+("[^"]*"|[A-Za-z_][\w-]*))*\s*\{)/,
          className: "keyword"
        },
        {
          // An argument: name =
          begin: /[A-Za-z_][\w-]*(?=\s*=(?!=))/,
          className: "attr"
        },
        {
          begin: /[A-Za-z_][\w-]*(?=\()/,
          className: "title.function"
        },
        hljs.C_NUMBER_MODE
      ]
    };
  });
})();
