import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `{ Version: _, ...rest }` drops a key on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Demos (training spec §8) find controls the way a person does: getByRole, getByLabel, getByText.
    files: ["demos/**/*.ts"],
    ignores: ["demos/support/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(locator|\\$|\\$\\$|\\$eval|\\$\\$eval|waitForSelector|getByTestId)$/]",
          message: "Demos use accessible selectors only (getByRole, getByLabel, getByText): no CSS, XPath or test ids.",
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(page|frame|mainFrame)$/][callee.property.name=/^(click|dblclick|fill|check|uncheck|hover|focus|tap|type|press|selectOption|setInputFiles|textContent|innerText|innerHTML|getAttribute|isVisible|isHidden|isChecked|isEnabled|dispatchEvent)$/] > Literal.arguments:first-child",
          message: "Demos act through locators found by role or label, not selector strings.",
        },
        {
          selector: "Literal[value=/^(css=|xpath=|\\/\\/|internal:)/]",
          message: "No CSS or XPath selectors in demos.",
        },
      ],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", "generated/**", "data/**", ".e2e-data/**", "test-results/**", "playwright-report/**", "demo-output/**", "next-env.d.ts"],
  },
];

export default config;
