/** The explorer's entry (index.html): the theme, then the app element the page already holds. */
import './theme.css';
import { applyTheme, savedTheme } from './theme.js';
import './app.js';

applyTheme(savedTheme());
if (!document.querySelector('reprisal-app')) document.body.append(document.createElement('reprisal-app'));
