import './jsdom-polyfills';
import { configure } from '@testing-library/react';

// Screens are lazy chunks: the first visit to one in a spec compiles it, which takes a while on a
// busy machine. Wait for the condition longer than the default second (still a condition, not a sleep).
configure({ asyncUtilTimeout: 5000 });
