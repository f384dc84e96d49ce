// Mantine's PostCSS preset: light-dark(), rem(), and its breakpoint mixins in any .module.css.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
